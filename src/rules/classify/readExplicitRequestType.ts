// (a) in the order of trust: the account's own request-type field, wherever config says it lives.
import type { FactSource, FieldValue, RequestType, Ticket } from '../types';
import { requestTypeFromValue } from './requestTypeNames';

interface ExplicitRequestType {
  requestType: RequestType;
  /** e.g. 'custom field 360001: "Bug report"'. */
  evidence: string;
  /** Who set the value, as a sentence's subject: "The Request type field on the ticket". */
  setBy: string;
}

interface SourceValue {
  where: string;
  setBy: string;
  value: FieldValue;
}

/** Each raw value a fact source yields, with where it came from. */
function valuesOf(source: FactSource, ticket: Ticket): SourceValue[] {
  switch (source.from) {
    case 'custom_field':
      return [{ where: `custom field ${source.id}`, setBy: 'The Request type field on the ticket', value: ticket.customFields[source.id] ?? null }];
    case 'organization_field':
      return [{ where: `organization field ${source.key}`, setBy: `The organization's ${source.key} field`, value: ticket.organization?.fields[source.key] ?? null }];
    case 'tag_prefix':
      return prefixed(ticket.tags, source.prefix, 'tag', "The ticket's");
    case 'organization_tag_prefix':
      return prefixed(ticket.organization?.tags ?? [], source.prefix, 'organization tag', "The organization's");
    default:
      return [];
  }
}

function prefixed(tags: readonly string[], prefix: string, label: string, owner: string): SourceValue[] {
  if (typeof prefix !== 'string' || prefix === '') return [];
  return tags
    .filter((tag) => tag.startsWith(prefix) && tag.length > prefix.length)
    .map((tag) => ({ where: `${label} ${tag}`, setBy: `${owner} tag ${tag}`, value: tag.slice(prefix.length) }));
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
    for (const { where, setBy, value } of valuesOf(source, ticket)) {
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
        return { requestType, evidence: `${where}: "${text.slice(0, 60)}"`, setBy };
      }
    }
  }
  return null;
}
