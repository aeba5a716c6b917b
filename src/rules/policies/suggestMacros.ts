import { ruleEvidence } from '../evaluate/evaluateRule';
import type { RuleContext } from '../evaluate/RuleContext';
import type { MacroRule, Reason } from '../types';
import { ruleReason } from './ruleReason';

interface SuggestedMacros {
  macros: string[];
  reasons: Reason[];
}

/**
 * Collect-all, then rank: every matching rule proposes its macro; a macro proposed twice keeps its
 * best weight; higher weight first, ties in rulebook order; at most `limit`. Only macros that
 * exist in the library are suggested, so a suggestion can always be inserted.
 */
export function suggestMacros(
  rules: readonly MacroRule[],
  ctx: RuleContext,
  limit: number,
  library: ReadonlySet<string>,
): SuggestedMacros {
  const best = new Map<string, { weight: number; order: number; reason: Reason }>();
  rules.forEach((rule, order) => {
    if (!library.has(rule.macro)) return;
    const evidence = ruleEvidence(rule, ctx);
    if (evidence === null) return;
    const weight = Number.isFinite(rule.weight) ? rule.weight : 0;
    const seen = best.get(rule.macro);
    if (!seen || weight > seen.weight) best.set(rule.macro, { weight, order: seen?.order ?? order, reason: ruleReason(`macro:${rule.macro}`, rule, evidence) });
  });
  const cap = Number.isInteger(limit) && limit >= 0 ? limit : 3;
  const ranked = [...best.entries()].sort(([, a], [, b]) => b.weight - a.weight || a.order - b.order).slice(0, cap);
  return { macros: ranked.map(([slug]) => slug), reasons: ranked.map(([, entry]) => entry.reason) };
}
