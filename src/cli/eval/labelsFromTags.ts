// --expected-from-tags: an admin's export of tickets their team already triaged is a test set.
// Apply triage writes triage_type_*, triage_owner_* and triage_sev_* tags and agents correct them;
// those tags, and the installed Request type field, are the labels. They are taken off the ticket
// before it is assessed, or the engine would read its own answer.
import { OWNERS, REQUEST_TYPES, SEVERITIES, type EngineConfig } from '../../rules/types';
import { ownerTag, severityTag } from '../../rules/triage/triageTags';
import { requestTypeTag } from '../../rules/requirements/requirementIdentifier';
import type { Labels } from './types';

const TRIAGE_PREFIXES = ['triage_type_', 'triage_owner_', 'triage_sev_'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Custom field ids the configuration reads the request type from (the installed field). */
function requestTypeFieldIds(config: EngineConfig): Set<string> {
  return new Set(config.requestType.flatMap((source) => (source.from === 'custom_field' ? [String(source.id)] : [])));
}

function isRequestTypeOption(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith('triage_type_');
}

/**
 * The labels the triage tags give (an agent's correction in the Request type field wins over the
 * tag), and the ticket without them. Null labels: the ticket carries none and is not counted.
 */
export function labelsFromTags(raw: Record<string, unknown>, config: EngineConfig): { labels: Labels | null; ticket: Record<string, unknown> } {
  const tags = Array.isArray(raw.tags) ? raw.tags.filter((t): t is string => typeof t === 'string') : [];
  const fieldIds = requestTypeFieldIds(config);
  const fields = Array.isArray(raw.custom_fields) ? raw.custom_fields : [];
  const labels: Labels = {};
  const requestType = REQUEST_TYPES.find((type) => tags.includes(requestTypeTag(type)));
  if (requestType !== undefined && requestType !== 'unknown') labels.requestType = requestType;
  for (const field of fields) {
    if (!isObject(field)) continue;
    const fromField = REQUEST_TYPES.find((type) => requestTypeTag(type) === field.value);
    if (fromField !== undefined && fromField !== 'unknown') labels.requestType = fromField;
  }
  const owner = OWNERS.find((o) => tags.includes(ownerTag(o)));
  if (owner !== undefined) labels.owner = owner;
  const severity = SEVERITIES.find((s) => tags.includes(severityTag(s)));
  if (severity !== undefined) labels.severity = severity;

  const ticket: Record<string, unknown> = { ...raw };
  if (Array.isArray(raw.tags)) ticket.tags = raw.tags.filter((t) => !(typeof t === 'string' && TRIAGE_PREFIXES.some((p) => t.startsWith(p))));
  if (Array.isArray(raw.custom_fields)) {
    ticket.custom_fields = raw.custom_fields.filter((f) => !(isObject(f) && (fieldIds.has(String(f.id)) || isRequestTypeOption(f.value))));
  }
  delete ticket.expected;
  return { labels: Object.keys(labels).length > 0 ? labels : null, ticket };
}
