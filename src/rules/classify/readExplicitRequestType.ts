// (a) in the order of trust: the account's own request-type field, wherever config says it lives.
import type { FactSource, FieldValue, RequestType, Ticket } from '../types';
import { requestTypeFromValue } from './requestTypeNames';

export interface ExplicitRequestType {
  requestType: RequestType;
  /** e.g. 'custom field 360001: "Bug report"'. */
  evidence: string;
}

/** Each raw value a fact source yields, with where it came from. */
function valuesOf(source: FactSource, ticket: Ticket): { where: string; value: FieldValue }[] {
  switch (source.from) {
    case 'custom_field':
      return [{ where: `custom field ${source.id}`, value: ticket.customFields[source.id] ?? null }];
    case 'organization_field':
      return [{ where: `organization field ${source.key}`, value: ticket.organization?.fields[source.key] ?? null }];
    case 'tag_prefix':
      return prefixed(ticket.tags, source.prefix, 'tag');
    case 'organization_tag_prefix':
      return prefixed(ticket.organization?.tags ?? [], source.prefix, 'organization tag');
    default:
      return [];
  }
}

function prefixed(tags: readonly string[], prefix: string, label: string): { where: string; value: FieldValue }[] {
  if (typeof prefix !== 'string' || prefix === '') return [];
  return tags.filter((tag) => tag.startsWith(prefix) && tag.length > prefix.length).map((tag) => ({ where: `${label} ${tag}`, value: tag.slice(prefix.length) }));
}

/**
 * The first usable request-type value from the configured sources. Empty values are silent;
 * "unknown" means "not decided" and is skipped; any other unexpected value is a warning and
 * classification falls through to tags and text.
 */
export function readExplicitRequestType(ticket: Ticket, sources: readonly FactSource[], warnings: string[]): ExplicitRequestType | null {
  if (!Array.isArray(sources)) return null;
  for (const source of sources) {
    if (typeof source !== 'object' || source === null) continue;
    for (const { where, value } of valuesOf(source, ticket)) {
      const values = Array.isArray(value) ? value : [value];
      for (const single of values) {
        if (single === null || single === '' || typeof single === 'boolean') continue;
        const text = String(single);
        const requestType = requestTypeFromValue(text);
        if (requestType === 'unknown') continue;
        if (requestType === null) {
          warnings.push(`requestType: ${where} has an unexpected value "${text.slice(0, 60)}"; using the text instead`);
          continue;
        }
        return { requestType, evidence: `${where}: "${text.slice(0, 60)}"` };
      }
    }
  }
  return null;
}
