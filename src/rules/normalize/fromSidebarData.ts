import type { Ticket } from '../types';
import { emptyTicket } from './emptyTicket';
import { readOrganization, readRequester } from './readOrganization';
import { readSidebarComments } from './readSidebarComments';
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
import { CUSTOM_FIELD_PATH_PREFIX, ORGANIZATION_FIELD_PATH_PREFIX } from './sidebarPaths';
import { markNormalized } from './normalizedTickets';

/**
 * `data.errors` of a batched get: path → message. Each becomes a warning, except an organization
 * field's when the ticket has no organization (there is nothing to read, which is normal).
 */
function readPathErrors(value: unknown, hasOrganization: boolean, warnings: Warnings): Set<string> {
  const failed = new Set<string>();
  if (!isRecord(value)) return failed;
  for (const [path, error] of Object.entries(value)) {
    failed.add(path);
    if (!hasOrganization && path.startsWith(ORGANIZATION_FIELD_PATH_PREFIX)) continue;
    const message = isRecord(error) && typeof error['message'] === 'string' ? error['message'] : 'could not be read';
    warnings.push(`${path}: ${message.slice(0, 200)}`);
  }
  return failed;
}

/**
 * A Ticket from a batched `client.get(SIDEBAR_TICKET_PATHS + custom field paths)` result.
 * Never throws. A path that failed (listed in `errors`) reads as absent, with its message as a
 * warning; `hasPriorityField` is true when `ticket.priority` came back without an error.
 */
export function fromSidebarData(data: Record<string, unknown>): Ticket {
  return markNormalized(readSidebarTicket(data));
}

function readSidebarTicket(data: Record<string, unknown>): Ticket {
  const ticket = emptyTicket();
  const warnings = ticket.warnings;
  try {
    if (!isRecord(data)) {
      warnings.push(`ticket: expected the get result object, got ${describeType(data)}`);
      return ticket;
    }
    const organizationValue = data['ticket.organization'];
    const hasOrganization = organizationValue !== null && organizationValue !== undefined;
    const failed = readPathErrors(data['errors'], hasOrganization, warnings);
    const get = (path: string): unknown => (failed.has(path) ? undefined : data[path]);

    ticket.id = readId(get('ticket.id'), 'ticket.id', warnings);
    ticket.subject = failed.has('ticket.subject') ? '' : readText(get('ticket.subject'), 'ticket.subject', warnings);
    ticket.description = failed.has('ticket.description') ? '' : readText(get('ticket.description'), 'ticket.description', warnings);
    ticket.hasPriorityField = 'ticket.priority' in data && !failed.has('ticket.priority');
    ticket.priority = readPriority(get('ticket.priority'), 'ticket.priority', warnings);
    ticket.status = readString(get('ticket.status'), 'ticket.status', warnings);
    const type = readString(get('ticket.type'), 'ticket.type', warnings);
    ticket.type = type === '' || type === '-' ? null : type;
    ticket.tags = readStringArray(get('ticket.tags'), 'ticket.tags', warnings);
    const via = get('ticket.via');
    if (isRecord(via)) ticket.channel = readString(via['channel'], 'ticket.via.channel', warnings);
    else if (via !== undefined && via !== null) warnings.push(`ticket.via: expected an object, got ${describeType(via)}`);
    ticket.recipient = readString(get('ticket.recipient'), 'ticket.recipient', warnings);
    ticket.createdAt = readTimestamp(get('ticket.createdAt'), 'ticket.createdAt', warnings);
    ticket.updatedAt = readTimestamp(get('ticket.updatedAt'), 'ticket.updatedAt', warnings);
    ticket.requester = readRequester(get('ticket.requester'), 'ticket.requester', warnings);
    ticket.organization = readOrganization(get('ticket.organization'), undefined, 'ticket.organization', warnings);
    // The seam for the conversation: read when the batched get asked for `ticket.comments`.
    const requester = get('ticket.requester');
    const requesterId = isRecord(requester) ? readId(requester['id'], 'ticket.requester.id', warnings) : null;
    ticket.comments = readSidebarComments(get('ticket.comments'), requesterId, warnings);
    const organization = ticket.organization;
    if (organization) {
      for (const path of Object.keys(data)) {
        if (!path.startsWith(ORGANIZATION_FIELD_PATH_PREFIX) || failed.has(path)) continue;
        const key = path.slice(ORGANIZATION_FIELD_PATH_PREFIX.length);
        if (key !== '') organization.fields[key] = readFieldValue(data[path], path, warnings);
      }
    }
    for (const path of Object.keys(data)) {
      if (!path.startsWith(CUSTOM_FIELD_PATH_PREFIX) || failed.has(path)) continue;
      const id = path.slice(CUSTOM_FIELD_PATH_PREFIX.length);
      if (id !== '') ticket.customFields[id] = readFieldValue(data[path], path, warnings);
    }
  } catch {
    warnings.push('ticket: could not be read completely');
  }
  return ticket;
}
