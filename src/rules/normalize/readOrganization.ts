import type { Ticket } from '../types';
import { describeType, isRecord, readFieldRecord, readId, readString, readStringArray, type Warnings } from './readValues';

/**
 * The sideloaded organization. Its custom fields come in the REST API's `organization_fields` map
 * (the dry run's exports); the sidebar reads them path by path and adds them afterwards. No
 * organization is normal and silent; `fallbackId` covers a bare organization_id.
 */
export function readOrganization(value: unknown, fallbackId: unknown, label: string, warnings: Warnings): Ticket['organization'] {
  if (value === undefined || value === null) {
    const id = readId(fallbackId, 'organization_id', warnings);
    return id === null ? null : { id, name: null, tags: [], fields: {} };
  }
  if (!isRecord(value)) {
    warnings.push(`${label}: expected an object, got ${describeType(value)}`);
    return null;
  }
  const fields = value['organization_fields'];
  return {
    id: readId(value['id'] ?? fallbackId, `${label}.id`, warnings),
    name: readString(value['name'], `${label}.name`, warnings),
    tags: readStringArray(value['tags'], `${label}.tags`, warnings),
    fields: readFieldRecord(fields, `${label}.organization_fields`, warnings),
  };
}

/** The requester's email and role; anything else about them is not used. */
export function readRequester(value: unknown, label: string, warnings: Warnings): Ticket['requester'] {
  if (value === undefined || value === null) return { email: null, role: null };
  if (!isRecord(value)) {
    warnings.push(`${label}: expected an object, got ${describeType(value)}`);
    return { email: null, role: null };
  }
  return {
    email: readString(value['email'], `${label}.email`, warnings),
    role: readString(value['role'], `${label}.role`, warnings),
  };
}
