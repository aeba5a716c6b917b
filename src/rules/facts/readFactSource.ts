import type { FactSource, FieldValue, Ticket } from '../types';

interface SourcedValue {
  value: FieldValue;
  /** Human-readable origin for evidence, e.g. "organization field support_plan". */
  origin: string;
}

/** A value counts when it carries something: empty strings, empty lists and null do not. */
function isPresentValue(value: FieldValue | undefined): value is Exclude<FieldValue, null> {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function valueAfterPrefix(tags: readonly string[], prefix: string): string | null {
  const lower = prefix.toLowerCase();
  for (const tag of tags) {
    if (tag.toLowerCase().startsWith(lower) && tag.length > prefix.length) return tag.slice(prefix.length);
  }
  return null;
}

/** One source, read from a normalized ticket. `undefined` when the source is absent entirely. */
function readOneSource(ticket: Ticket, source: FactSource): SourcedValue | undefined {
  switch (source.from) {
    case 'organization_field': {
      const fields = ticket.organization?.fields;
      if (!fields || !Object.prototype.hasOwnProperty.call(fields, source.key)) return undefined;
      return { value: fields[source.key] ?? null, origin: `organization field ${source.key}` };
    }
    case 'custom_field': {
      if (!Object.prototype.hasOwnProperty.call(ticket.customFields, source.id)) return undefined;
      return { value: ticket.customFields[source.id] ?? null, origin: `custom field ${source.id}` };
    }
    case 'tag_prefix': {
      const value = valueAfterPrefix(ticket.tags, source.prefix);
      return value === null ? undefined : { value, origin: `tag ${source.prefix}${value}` };
    }
    case 'organization_tag_prefix': {
      const value = valueAfterPrefix(ticket.organization?.tags ?? [], source.prefix);
      return value === null ? undefined : { value, origin: `organization tag ${source.prefix}${value}` };
    }
    default:
      return undefined;
  }
}

/**
 * The first source that carries a value, in configured order. When sources exist but are all
 * empty, `found` is true with a null value: "the account says nothing" differs from "no such field".
 */
export function readFactSource(
  ticket: Ticket,
  sources: readonly FactSource[] | undefined,
): { found: boolean; sourced: SourcedValue | null } {
  let found = false;
  for (const source of sources ?? []) {
    const sourced = readOneSource(ticket, source);
    if (sourced === undefined) continue;
    found = true;
    if (isPresentValue(sourced.value)) return { found, sourced };
  }
  return { found, sourced: null };
}

/** A configured value as one string, for enum-like facts. Lists take their first entry. */
export function valueAsString(value: FieldValue): string | null {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.find((v) => typeof v === 'string' && v.trim() !== '')?.trim() ?? null;
  return null;
}
