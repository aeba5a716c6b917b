import type { RuleBase } from '../types';
import { compileCondition } from './compileCondition';
import type { ConditionResult } from './evaluateCondition';
import type { RuleContext } from './RuleContext';

const NO_MATCH: ConditionResult = { matched: false, evidence: [] };

/**
 * As in Zendesk triggers: every `all` condition holds and, when `any` is non-empty, at least one
 * of `any` holds. A rule with no conditions always matches (a catch-all default). Disabled rules
 * never match. Evidence gathers what every matching condition found, without repeats.
 */
export function evaluateRule(rule: RuleBase, ctx: RuleContext): ConditionResult {
  if (rule.disabled === true) return { ...NO_MATCH, evidence: [] };
  let evidence: string[] = [];
  for (const condition of Array.isArray(rule.all) ? rule.all : []) {
    const found = compileCondition(condition)(ctx);
    if (found === null) return { ...NO_MATCH, evidence: [] };
    if (found.length > 0) evidence = evidence.concat(found);
  }
  const any = Array.isArray(rule.any) ? rule.any : [];
  if (any.length > 0) {
    let anyMatched = false;
    for (const condition of any) {
      const found = compileCondition(condition)(ctx);
      if (found === null) continue;
      anyMatched = true;
      if (found.length > 0) evidence = evidence.concat(found);
    }
    if (!anyMatched) return { ...NO_MATCH, evidence: [] };
  }
  return { matched: true, evidence: evidence.length > 1 ? [...new Set(evidence)] : evidence };
}
