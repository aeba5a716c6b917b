import type { Reason, RuleBase } from '../types';

/** A reason line for a matched rule: its title and explanation, and what it matched on. */
export function ruleReason(field: string, rule: RuleBase, evidence: readonly string[]): Reason {
  return { field, ruleId: rule.id, text: `${rule.title}: ${rule.explanation}`, evidence: [...evidence] };
}
