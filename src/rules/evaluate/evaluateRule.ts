import type { Condition, RuleBase } from '../types';
import { compileCondition, type CompiledCondition } from './compileCondition';
import type { ConditionResult } from './evaluateCondition';
import type { RuleContext } from './RuleContext';

/** A rule's conditions compiled once; `from*` are the lists they were compiled from. */
interface PreparedRule {
  fromAll: unknown;
  fromAny: unknown;
  all: CompiledCondition[];
  any: CompiledCondition[];
}

const prepared = new WeakMap<RuleBase, PreparedRule>();

/**
 * Compiled conditions for a list. A condition that cannot be compiled (a malformed one can make
 * compilation throw) throws the same error when it is reached, as it would compiled on the spot.
 */
function compileAll(conditions: unknown): CompiledCondition[] {
  if (!Array.isArray(conditions)) return [];
  return conditions.map((condition: Condition) => {
    try {
      return compileCondition(condition);
    } catch (error) {
      return () => {
        throw error;
      };
    }
  });
}

function prepare(rule: RuleBase): PreparedRule {
  if (typeof rule !== 'object') return { fromAll: undefined, fromAny: undefined, all: [], any: [] };
  let found = prepared.get(rule);
  // Rulebooks are immutable data; a rule handed over with new condition lists is prepared again.
  if (found === undefined || found.fromAll !== rule.all || found.fromAny !== rule.any) {
    found = { fromAll: rule.all, fromAny: rule.any, all: compileAll(rule.all), any: compileAll(rule.any) };
    prepared.set(rule, found);
  }
  return found;
}

/** Adds `found` to `evidence`, starting a list on the first non-empty find. */
function gather(evidence: string[] | null, found: string[]): string[] | null {
  if (found.length === 0) return evidence;
  if (evidence === null) return found.slice();
  for (const item of found) evidence.push(item);
  return evidence;
}

/**
 * The evidence when `rule` matches, null when it does not: evaluateRule without the result
 * object, for the policies that evaluate every rule of the rulebook per ticket.
 */
export function ruleEvidence(rule: RuleBase, ctx: RuleContext): string[] | null {
  if (rule.disabled === true) return null;
  const { all, any } = prepare(rule);
  let evidence: string[] | null = null;
  for (const condition of all) {
    const found = condition(ctx);
    if (found === null) return null;
    evidence = gather(evidence, found);
  }
  if (any.length > 0) {
    let anyMatched = false;
    for (const condition of any) {
      const found = condition(ctx);
      if (found === null) continue;
      anyMatched = true;
      evidence = gather(evidence, found);
    }
    if (!anyMatched) return null;
  }
  if (evidence === null) return [];
  return evidence.length > 1 ? [...new Set(evidence)] : evidence;
}

/**
 * As in Zendesk triggers: every `all` condition holds and, when `any` is non-empty, at least one
 * of `any` holds. A rule with no conditions always matches (a catch-all default). Disabled rules
 * never match. Evidence gathers what every matching condition found, without repeats.
 */
export function evaluateRule(rule: RuleBase, ctx: RuleContext): ConditionResult {
  const evidence = ruleEvidence(rule, ctx);
  return evidence === null ? { matched: false, evidence: [] } : { matched: true, evidence };
}
