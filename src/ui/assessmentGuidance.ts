// What of an assessment may act as guidance. The engine's conservative fallback (its own failure)
// and an unknown request type ("a person decides") fill in Sev 2 / normal only so the contract's
// fields have values: neither is advice, so neither may warn about or block an agent's save.
import type { Assessment, Priority } from '../rules/types';

/** The priority the save check may hold a save to; null when the assessment gives no guidance. */
export function priorityGuidance(assessment: Assessment | null): Priority | null {
  if (!assessment || assessment.requestType === 'unknown' || assessment.engineFailed)
    return null;
  return assessment.priority;
}
