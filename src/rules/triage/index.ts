// Apply triage, the pure part: which tags describe an assessment and which overrides to record.
export {
  triageTags,
  planTriageTags,
  ownerTag,
  severityTag,
  ALL_TRIAGE_TAGS,
  OVERRIDE_TAG,
  OVERRIDE_PART_TAGS,
  OVERRIDE_TYPE_TAG,
  SAVE_OVERRIDE_TAG,
  BEST_EFFORT_TAG,
  requestTypeFromOption,
  withChosenRequestType,
  type TriageOverrides,
  type TriageTagInput,
} from './triageTags';
export { decideOverrides, recordedOwnerOverride, type OverrideEvidence } from './decideOverrides';
export {
  priorityChanges,
  NO_PRIORITY_CHANGES,
  type PriorityChanges,
  type PriorityEvent,
} from './priorityChanges';
export {
  requirementIdentifier,
  requestTypeTag,
  REQUEST_TYPE_FIELD_IDENTIFIER,
  MACRO_TITLE_PREFIX,
} from '../requirements/requirementIdentifier';
