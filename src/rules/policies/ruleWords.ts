import type { RuleBase } from '../types';

const isText = (value: string | undefined): value is string => typeof value === 'string' && value !== '';

/**
 * A matched rule's words in a reason: "title: explanation". The sidebar's first assessment runs on
 * a rulebook whose default rules have no words yet (they land after the first paint, before
 * anything shows a reason), so this says what there is, or the rule's id: never "undefined".
 */
export function ruleWords(rule: RuleBase): string {
  const words = [rule.title, rule.explanation].filter(isText);
  return words.length > 0 ? words.join(': ') : rule.id;
}
