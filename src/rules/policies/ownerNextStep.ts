import type { Assessment, Rulebook } from '../types';

/**
 * The next step the owner rule that decided gives (policy §1), looked up in the rulebook the
 * caller shows (the sidebar passes the agent's language); null when no owner rule gives one.
 */
export function ownerNextStep(assessment: Assessment, rulebook: Rulebook): string | null {
  for (const reason of assessment.reasons) {
    if (reason.field !== 'owner') continue;
    const rule = rulebook.owner.find((candidate) => candidate.id === reason.ruleId);
    if (rule?.nextStep) return rule.nextStep;
  }
  return null;
}
