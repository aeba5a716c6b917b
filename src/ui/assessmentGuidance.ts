// What of an assessment may act as guidance. The engine's conservative fallback (its own failure)
// and an unknown request type ("a person decides") fill in Sev 2 / normal only so the contract's
// fields have values: neither is advice, so neither may warn about or block an agent's save.
import { ENGINE_ERROR_RULE_ID } from '../rules/sidebar';
import type { Assessment, Priority } from '../rules/types';

/** True when the assessment is the engine's fallback after an internal error, not a result. */
export function isEngineFallback(assessment: Assessment): boolean {
  return assessment.reasons.some((reason) => reason.ruleId === ENGINE_ERROR_RULE_ID);
}

/** The priority the save check may hold a save to; null when the assessment gives no guidance. */
export function priorityGuidance(assessment: Assessment | null): Priority | null {
  if (!assessment || assessment.requestType === 'unknown' || isEngineFallback(assessment))
    return null;
  return assessment.priority;
}
