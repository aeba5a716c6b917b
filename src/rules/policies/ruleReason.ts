import type { Reason, RuleBase } from '../types';
import { ruleWords } from './ruleWords';

/** A reason line for a matched rule: its title and explanation, and what it matched on. */
export function ruleReason(field: string, rule: RuleBase, evidence: readonly string[]): Reason {
  return { field, ruleId: rule.id, text: ruleWords(rule), evidence: [...evidence] };
}
