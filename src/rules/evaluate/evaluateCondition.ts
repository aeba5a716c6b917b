import type { Condition } from '../types';
import { compileCondition } from './compileCondition';
import type { RuleContext } from './RuleContext';

export interface ConditionResult {
  matched: boolean;
  /** The words, tags or values that made it match; empty for negative conditions. */
  evidence: string[];
}

/**
 * One `{field, operator, value}` condition.
 * - is / is_not: equality, case-insensitive for text; a list value means "one of" / "none of".
 *   On a list field (tags) they test membership. An absent value is never `is`, always `is_not`.
 * - less_than / greater_than: numbers, versions ("5.10" > "5.9"), priority (low < normal < high
 *   < urgent) and confidence (low < medium < high). Severity compares its number: `severity
 *   greater_than 1` is Sev2 or Sev3, the LESS severe ones.
 * - includes / not_includes: list membership ("trial-*" matches by prefix), or a substring of a
 *   string field; a list value means any / none of them.
 * - present / not_present: has a non-empty value.
 * - includes_words / not_includes_words: any of the words as a non-negated token, compared by
 *   stem; an entry with spaces is a phrase. includes_phrase: any of the phrases, consecutive.
 * Unknown fields and operators, and values of the wrong type, are false: validation reports them
 * before a rulebook is used, and the evaluator must never throw on a rulebook it is handed.
 */
export function evaluateCondition(condition: Condition, ctx: RuleContext): ConditionResult {
  const evidence = compileCondition(condition)(ctx);
  return evidence === null ? { matched: false, evidence: [] } : { matched: true, evidence };
}
