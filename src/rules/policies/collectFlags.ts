import { ruleEvidence } from '../evaluate/evaluateRule';
import type { RuleContext } from '../evaluate/RuleContext';
import type { FlagRule, Reason } from '../types';
import { ruleReason } from './ruleReason';

interface CollectedFlags {
  /** Each flag once, in the rulebook's order of first appearance: a stable order. */
  flags: string[];
  /** One reason per matching rule (a flag raised by two rules has two reasons). */
  reasons: Reason[];
}

/** Collect-all: every matching rule raises its flag. */
export function collectFlags(rules: readonly FlagRule[], ctx: RuleContext): CollectedFlags {
  const flags: string[] = [];
  // A set beside the list: an admin's rulebook may raise thousands of flags on one ticket.
  const seen = new Set<string>();
  const reasons: Reason[] = [];
  for (const rule of rules) {
    const evidence = ruleEvidence(rule, ctx);
    if (evidence === null) continue;
    if (!seen.has(rule.flag)) {
      seen.add(rule.flag);
      flags.push(rule.flag);
    }
    reasons.push(ruleReason(`flag:${rule.flag}`, rule, evidence));
  }
  return { flags, reasons };
}
