import type { RuleBase } from '../types';
import { evaluateCondition, type ConditionResult } from './evaluateCondition';
import type { RuleContext } from './RuleContext';

/**
 * As in Zendesk triggers: every `all` condition holds and, when `any` is non-empty, at least one
 * of `any` holds. A rule with no conditions at all always matches (a catch-all default).
 * Disabled rules never match. Evidence gathers what every matching condition found.
 */
export function evaluateRule(rule: RuleBase, ctx: RuleContext): ConditionResult {
  if (rule.disabled === true) return { matched: false, evidence: [] };
  const evidence: string[] = [];
  for (const condition of rule.all ?? []) {
    const result = evaluateCondition(condition, ctx);
    if (!result.matched) return { matched: false, evidence: [] };
    evidence.push(...result.evidence);
  }
  const any = rule.any ?? [];
  if (any.length > 0) {
    let anyMatched = false;
    for (const condition of any) {
      const result = evaluateCondition(condition, ctx);
      if (result.matched) {
        anyMatched = true;
        evidence.push(...result.evidence);
      }
    }
    if (!anyMatched) return { matched: false, evidence: [] };
  }
  return { matched: true, evidence: [...new Set(evidence)] };
}
