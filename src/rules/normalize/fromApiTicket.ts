import type { FieldValue, Ticket } from '../types';
import { emptyTicket } from './emptyTicket';
import { readApiComments } from './readApiComments';
import { readOrganization, readRequester } from './readOrganization';
import {
  describeType,
  isRecord,
  readFieldValue,
  readId,
  readPriority,
  readString,
  readStringArray,
  readText,
  readTimestamp,
  type Warnings,
} from './readValues';
import { markNormalized } from './normalizedTickets';

/** Zendesk custom_fields: `[{id, value}]`. A plain `{id: value}` object is accepted too. */
function readCustomFields(value: unknown, warnings: Warnings): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = {};
  if (value === undefined || value === null) return fields;
  if (isRecord(value)) {
    for (const [id, raw] of Object.entries(value)) fields[id] = readFieldValue(raw, `custom_fields.${id}`, warnings);
    return fields;
  }
  if (!Array.isArray(value)) {
    warnings.push(`custom_fields: expected a list, got ${describeType(value)}`);
    return fields;
  }
  value.forEach((entry, index) => {
    const id = isRecord(entry) ? entry['id'] : undefined;
    if (!isRecord(entry) || (typeof id !== 'number' && typeof id !== 'string') || String(id) === '') {
      warnings.push(`custom_fields[${index}]: expected {id, value}`);
      return;
    }
    fields[String(id)] = readFieldValue(entry['value'], `custom_fields.${String(id)}`, warnings);
  });
  return fields;
}

/** Zendesk ticket type ("question", "incident", "problem", "task"); "-" and "" mean unset. */
function readTicketType(value: unknown, warnings: Warnings): string | null {
  const type = readString(value, 'type', warnings);
  return type === '' || type === '-' ? null : type;
}

/**
 * A Ticket from Zendesk REST API ticket JSON (a bare ticket or `{ticket: …}`), with optional
 * sideloaded `organization` and `requester` objects, and the conversation as `comments` with the
 * authors in a sideloaded `users` list. Never throws: unusable fields become
 * empty values plus a warning; extra keys (such as a sample's `expected`) are ignored.
 */
export function fromApiTicket(json: unknown): Ticket {
  return markNormalized(readApiTicket(json));
}

function readApiTicket(json: unknown): Ticket {
  const ticket = emptyTicket();
  const warnings = ticket.warnings;
  try {
    let source = json;
    if (isRecord(source) && isRecord(source['ticket']) && !('subject' in source) && !('description' in source)) {
      source = source['ticket'];
    }
    if (!isRecord(source)) {
      warnings.push(`ticket: expected an object, got ${describeType(source)}`);
      return ticket;
    }
    ticket.id = readId(source['id'], 'id', warnings);
    ticket.subject = readText(source['subject'], 'subject', warnings);
    ticket.description = readText(source['description'], 'description', warnings);
    ticket.hasPriorityField = 'priority' in source;
    ticket.priority = readPriority(source['priority'], 'priority', warnings);
    ticket.status = readString(source['status'], 'status', warnings);
    ticket.type = readTicketType(source['type'], warnings);
    ticket.tags = readStringArray(source['tags'], 'tags', warnings);
    const via = source['via'];
    if (isRecord(via)) ticket.channel = readString(via['channel'], 'via.channel', warnings);
    else if (via !== undefined && via !== null) warnings.push(`via: expected an object, got ${describeType(via)}`);
    ticket.recipient = readString(source['recipient'], 'recipient', warnings);
    ticket.createdAt = readTimestamp(source['created_at'], 'created_at', warnings);
    ticket.updatedAt = readTimestamp(source['updated_at'], 'updated_at', warnings);
    ticket.requester = readRequester(source['requester'], 'requester', warnings);
    ticket.organization = readOrganization(source['organization'], source['organization_id'], 'organization', warnings);
    ticket.customFields = readCustomFields(source['custom_fields'], warnings);
    // The conversation sits beside the ticket in an export (`{ticket, comments, users}`) or in it.
    const outer = isRecord(json) ? json : {};
    const requester = isRecord(source['requester']) ? source['requester']['id'] : undefined;
    const requesterId = readId(source['requester_id'] ?? requester, 'requester_id', warnings);
    ticket.comments = readApiComments(source['comments'] ?? outer['comments'], source['users'] ?? outer['users'], requesterId, warnings);
  } catch {
    // Getters or proxies could still throw; what was read so far stands.
    warnings.push('ticket: could not be read completely');
  }
  return ticket;
}
