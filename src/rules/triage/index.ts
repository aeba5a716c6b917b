// Apply triage, the pure part: which tags describe an assessment, which overrides to record, and
// who changed the priority.
export {
  triageTags,
  planTriageTags,
  ALL_TRIAGE_TAGS,
  SAVE_OVERRIDE_TAG,
  type TriageTagInput,
} from './triageTags';
export { decideOverrides, recordedOwnerOverride, type OverrideEvidence } from './decideOverrides';
export { priorityChanges, NO_PRIORITY_CHANGES, type PriorityEvent } from './priorityChanges';
