// The tags "Apply triage" writes (docs/admin.md, Triage tags): one owner, one severity, one request
// type, best effort when it applies, and the override tags when the triager departed from a
// suggestion. Views, triggers, SLA policies and Explore reports key on these exact names.
import { OWNERS, REQUEST_TYPES, SEVERITIES, type Owner, type RequestType, type Severity } from '../types';
import { requestTypeTag } from '../requirements/requirementIdentifier';

/** Which suggestions the triager did not follow. */
export interface TriageOverrides {
  priority: boolean;
  owner: boolean;
  macro: boolean;
}

export interface TriageTagInput {
  requestType: RequestType;
  /** The owner to record: the triager's choice when they picked another one. */
  owner: Owner;
  /** null: no severity tag (the request type is unknown, so the severity is no guidance). */
  severity: Severity | null;
  bestEffort: boolean;
  overrides: TriageOverrides;
}

const OVERRIDE_TAG = 'triage_override';
const BEST_EFFORT_TAG = 'triage_best_effort';
export const OVERRIDE_PART_TAGS = {
  priority: 'triage_override_priority',
  owner: 'triage_override_owner',
  macro: 'triage_override_macro',
} as const satisfies Record<keyof TriageOverrides, string>;

/**
 * Block mode's "Save anyway": the agent saved a priority above the guidance, with a reason. Not
 * one of ALL_TRIAGE_TAGS: Apply triage never removes it, the ticket keeps the record.
 */
export const SAVE_OVERRIDE_TAG = 'triage_override_save';

/** The triager kept their own request type in the installed Request type field. */
const OVERRIDE_TYPE_TAG = 'triage_override_type';

export const ownerTag = (owner: Owner): string => `triage_owner_${owner}`;
export const severityTag = (severity: Severity): string => `triage_sev_${severity}`;

/** Every tag Apply triage can write; only these are ever removed as stale. */
export const ALL_TRIAGE_TAGS: ReadonlySet<string> = new Set([
  ...OWNERS.map(ownerTag),
  ...SEVERITIES.map(severityTag),
  ...REQUEST_TYPES.map(requestTypeTag),
  BEST_EFFORT_TAG,
  OVERRIDE_TAG,
  ...Object.values(OVERRIDE_PART_TAGS),
  OVERRIDE_TYPE_TAG,
]);

/** The full set of triage tags for one assessment, in a stable order. */
export function triageTags(input: TriageTagInput): string[] {
  const tags = [ownerTag(input.owner)];
  if (input.severity !== null) tags.push(severityTag(input.severity));
  tags.push(requestTypeTag(input.requestType));
  if (input.bestEffort) tags.push(BEST_EFFORT_TAG);
  const parts = (Object.keys(OVERRIDE_PART_TAGS) as (keyof TriageOverrides)[]).filter((part) => input.overrides[part]);
  if (parts.length > 0) tags.push(OVERRIDE_TAG, ...parts.map((part) => OVERRIDE_PART_TAGS[part]));
  return tags;
}

/**
 * The request type a value of the installed Request type field names: its options are exactly
 * `triage_type_<requestType>`; anything else (empty, a value we do not know) is null.
 */
export function requestTypeFromOption(value: unknown): RequestType | null {
  if (typeof value !== 'string') return null;
  return REQUEST_TYPES.find((type) => requestTypeTag(type) === value) ?? null;
}

/**
 * The tags with the triager's own request type (from the field) in place of the suggested one,
 * recorded as an override; unchanged when they are the same.
 */
export function withChosenRequestType(tags: readonly string[], suggested: RequestType, chosen: RequestType): string[] {
  if (chosen === suggested) return [...tags];
  const result = tags.map((tag) => (tag === requestTypeTag(suggested) ? requestTypeTag(chosen) : tag));
  if (!result.includes(requestTypeTag(chosen))) result.push(requestTypeTag(chosen));
  if (!result.includes(OVERRIDE_TAG)) result.push(OVERRIDE_TAG);
  result.push(OVERRIDE_TYPE_TAG);
  return result;
}

/**
 * What to add and what to remove so the ticket carries exactly `desired` among the triage tags:
 * re-applying after a change swaps e.g. `triage_sev_2` for `triage_sev_1`, and applying twice
 * changes nothing. Tags outside the triage set are never touched.
 */
export function planTriageTags(current: readonly string[], desired: readonly string[]): { add: string[]; remove: string[] } {
  const have = new Set(current);
  const want = new Set(desired);
  return {
    add: desired.filter((tag) => !have.has(tag)),
    remove: [...have].filter((tag) => ALL_TRIAGE_TAGS.has(tag) && !want.has(tag)),
  };
}
