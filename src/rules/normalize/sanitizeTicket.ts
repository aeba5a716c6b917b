// assess() takes a normalized Ticket, but a caller may hand it anything (a hand-built object, a
// stale cache, JavaScript without types). Such a value is read field by field with the adapters'
// own readers, so one bad field costs a warning, not the assessment.
import type { Ticket } from '../types';
import { emptyTicket } from './emptyTicket';
import { isNormalized } from './normalizedTickets';
import { sanitizeComments } from './sanitizeComments';
import {
  isRecord,
  readFieldRecord,
  readId,
  readPriority,
  readString,
  readStringArray,
  readText,
  readTimestamp,
  type Warnings,
} from './readValues';

/**
 * The ticket assess() works on: the one given when an adapter made it (checked where it entered)
 * or when it is the normalized shape (kept as it is, with any fields the check does not know),
 * else its field-by-field reading.
 */
export function checkedTicket(value: unknown): Ticket {
  if (isNormalized(value)) return value;
  const read = sanitizeTicket(value);
  const given = value as Partial<Ticket> | null;
  const wellFormed =
    Array.isArray(given?.warnings) && read.warnings.length === given.warnings.length;
  return wellFormed ? (value as Ticket) : read;
}

export function sanitizeTicket(value: unknown): Ticket {
  const ticket = emptyTicket();
  const warnings: Warnings = [];
  if (!isRecord(value)) {
    ticket.warnings = [`ticket: expected an object, got ${value === null ? 'null' : typeof value}`];
    return ticket;
  }
  ticket.id = readId(value.id, 'id', warnings);
  ticket.subject = readText(value.subject, 'subject', warnings);
  ticket.description = readText(value.description, 'description', warnings);
  ticket.priority = readPriority(value.priority, 'priority', warnings);
  ticket.hasPriorityField = value.hasPriorityField === true;
  ticket.status = readString(value.status, 'status', warnings);
  ticket.type = readString(value.type, 'type', warnings);
  ticket.tags = readStringArray(value.tags, 'tags', warnings);
  ticket.channel = readString(value.channel, 'channel', warnings);
  ticket.recipient = readString(value.recipient, 'recipient', warnings);
  ticket.createdAt = readTimestamp(value.createdAt, 'createdAt', warnings);
  ticket.updatedAt = readTimestamp(value.updatedAt, 'updatedAt', warnings);
  const requester = isRecord(value.requester) ? value.requester : {};
  ticket.requester = {
    email: readString(requester.email, 'requester.email', warnings),
    role: readString(requester.role, 'requester.role', warnings),
  };
  if (isRecord(value.organization)) {
    const organization = value.organization;
    ticket.organization = {
      id: readId(organization.id, 'organization.id', warnings),
      name: readString(organization.name, 'organization.name', warnings),
      tags: readStringArray(organization.tags, 'organization.tags', warnings),
      fields: readFieldRecord(organization.fields, 'organization.fields', warnings),
    };
  }
  ticket.customFields = readFieldRecord(value.customFields, 'customFields', warnings);
  ticket.comments = sanitizeComments(value.comments, warnings);
  ticket.warnings = [...readStringArray(value.warnings, 'warnings', warnings), ...warnings];
  return ticket;
}
