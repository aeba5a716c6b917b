import type { MacroDefinition, RuleBase, Rulebook } from '../types';
import { pickTranslations } from './pickTranslations';

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/**
 * The rulebook with its titles, explanations, next steps, flag slot values and macro titles and
 * bodies in the agent's language. Rules keep their ids and conditions, so assessing with it gives
 * the same decisions, with reasons in that language. A text without a translation stays as it is.
 */
export function localizeRulebook(rulebook: Rulebook, locale: string | null | undefined): Rulebook {
  const words = pickTranslations(rulebook, locale);
  if (!words || typeof locale !== 'string') return rulebook;
  const rules = words.rules ?? {};
  const macros = words.macros ?? {};
  const localize = <R extends RuleBase>(rule: R): R => {
    const t = Object.hasOwn(rules, rule.id) ? rules[rule.id] : undefined;
    if (!t) return rule;
    const next: R & { nextStep?: string; slots?: Record<string, string> } = { ...rule };
    next.title = text(t.title) ?? rule.title;
    next.explanation = text(t.explanation) ?? rule.explanation;
    if ('nextStep' in rule && text(t.nextStep)) next.nextStep = t.nextStep;
    if ('slots' in rule && t.slots && typeof t.slots === 'object') {
      next.slots = { ...(rule as { slots?: Record<string, string> }).slots, ...t.slots };
    }
    return next;
  };
  const localizeMacro = (macro: MacroDefinition): MacroDefinition => {
    const t = Object.hasOwn(macros, macro.slug) ? macros[macro.slug] : undefined;
    if (!t || (!text(t.title) && !text(t.body))) return macro;
    return {
      ...macro,
      language: locale,
      title: text(t.title) ?? macro.title,
      body: text(t.body) ?? macro.body,
      ...(macro.accountBody !== undefined ? { accountBody: text(t.accountBody) ?? macro.accountBody } : {}),
    };
  };
  return {
    ...rulebook,
    owner: rulebook.owner.map(localize),
    severity: rulebook.severity.map(localize),
    flags: rulebook.flags.map(localize),
    macros: rulebook.macros.map(localize),
    macroLibrary: rulebook.macroLibrary.map(localizeMacro),
  };
}
