import type { MacroDefinition, RuleBase, Rulebook } from '../types';

/**
 * The default rulebook's words that neither an assessment nor anything the sidebar shows needs:
 * each rule's policy source and each macro's account text (what installing the app creates, in
 * requirements.json). The sidebar bundles the rulebook without them (defaultRulebookCore) and
 * fetches them only to check an override against the whole defaults (loadDefaultRulebookTexts).
 */
export interface RulebookTexts {
  rules: Record<string, Pick<RuleBase, 'source'>>;
  macros: Record<string, Pick<MacroDefinition, 'accountBody'>>;
}

type Section = 'owner' | 'severity' | 'flags' | 'macros';
const SECTIONS: readonly Section[] = ['owner', 'severity', 'flags', 'macros'];

/** The rulebook without its RulebookTexts, and those texts by rule id and macro slug. */
export function splitRulebookTexts(rulebook: Rulebook): { core: Rulebook; texts: RulebookTexts } {
  const texts: RulebookTexts = { rules: {}, macros: {} };
  const core = { ...rulebook };
  for (const section of SECTIONS) {
    core[section] = rulebook[section].map(({ source, ...rest }: RuleBase) => {
      texts.rules[rest.id] = { source };
      return rest;
    }) as never;
  }
  core.macroLibrary = rulebook.macroLibrary.map(({ accountBody, ...rest }) => {
    if (accountBody !== undefined) texts.macros[rest.slug] = { accountBody };
    return rest;
  });
  return { core, texts };
}

/**
 * The rulebook with the texts its rules and macros lack filled in by id and slug. A text the
 * rulebook has (an override's rule or macro) stays: only what splitRulebookTexts took out comes
 * back.
 */
export function withRulebookTexts(rulebook: Rulebook, texts: RulebookTexts): Rulebook {
  const fill = <R extends RuleBase>(rule: R): R => {
    const words = Object.hasOwn(texts.rules, rule.id) ? texts.rules[rule.id] : undefined;
    if (!words) return rule;
    return rule.source === undefined ? { ...rule, source: words.source } : rule;
  };
  const fillMacro = (macro: MacroDefinition): MacroDefinition => {
    const words = Object.hasOwn(texts.macros, macro.slug) ? texts.macros[macro.slug] : undefined;
    return words && macro.accountBody === undefined ? { ...macro, accountBody: words.accountBody } : macro;
  };
  return {
    ...rulebook,
    owner: rulebook.owner.map(fill),
    severity: rulebook.severity.map(fill),
    flags: rulebook.flags.map(fill),
    macros: rulebook.macros.map(fill),
    macroLibrary: rulebook.macroLibrary.map(fillMacro),
  };
}
