import type { MacroDefinition, RuleBase, Rulebook } from '../types';

/** The words of a rule that only its reasons (title, explanation) and an admin (source) read. */
export type RuleTexts = Pick<RuleBase, 'title' | 'explanation' | 'source'>;

/**
 * The default rulebook's words that neither the first assessment's decisions nor the first paint
 * need: each rule's title and explanation (read only by the reasons, which the panel shows after
 * its first paint) and policy source, and each macro's account text (what installing the app
 * creates, in requirements.json). The sidebar bundles the rulebook without them
 * (defaultRulebookCore) and fetches them right after the first paint, or before the first
 * assessment when there is an override to check against the whole defaults
 * (loadDefaultRulebookTexts).
 */
export interface RulebookTexts {
  rules: Record<string, RuleTexts>;
  macros: Record<string, Pick<MacroDefinition, 'accountBody'>>;
}

type Section = 'owner' | 'severity' | 'flags' | 'macros';
const SECTIONS: readonly Section[] = ['owner', 'severity', 'flags', 'macros'];
const RULE_TEXT_KEYS = ['title', 'explanation', 'source'] as const;

/** The rulebook without its RulebookTexts, and those texts by rule id and macro slug. */
export function splitRulebookTexts(rulebook: Rulebook): { core: Rulebook; texts: RulebookTexts } {
  const texts: RulebookTexts = { rules: {}, macros: {} };
  const core = { ...rulebook };
  for (const section of SECTIONS) {
    core[section] = rulebook[section].map(({ title, explanation, source, ...rest }: RuleBase) => {
      texts.rules[rest.id] = { title, explanation, source };
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
 * rulebook has stays: an override's own rule keeps its words, and a rule already localized
 * (localizeRulebook) keeps its translated title and explanation; only what splitRulebookTexts
 * took out comes back. A rulebook that lacks nothing comes back as it is (the same object), so
 * the panel does not assess again for nothing.
 */
export function withRulebookTexts(rulebook: Rulebook, texts: RulebookTexts): Rulebook {
  let filled = false;
  const fill = <R extends RuleBase>(rule: R): R => {
    const words = Object.hasOwn(texts.rules, rule.id) ? texts.rules[rule.id] : undefined;
    const missing = words ? RULE_TEXT_KEYS.filter((key) => rule[key] === undefined && words[key] !== undefined) : [];
    if (!words || missing.length === 0) return rule;
    filled = true;
    const next: R = { ...rule };
    for (const key of missing) next[key] = words[key];
    return next;
  };
  const fillMacro = (macro: MacroDefinition): MacroDefinition => {
    const words = Object.hasOwn(texts.macros, macro.slug) ? texts.macros[macro.slug] : undefined;
    if (!words || macro.accountBody !== undefined || words.accountBody === undefined) return macro;
    filled = true;
    return { ...macro, accountBody: words.accountBody };
  };
  const completed: Rulebook = {
    ...rulebook,
    owner: rulebook.owner.map(fill),
    severity: rulebook.severity.map(fill),
    flags: rulebook.flags.map(fill),
    macros: rulebook.macros.map(fill),
    macroLibrary: rulebook.macroLibrary.map(fillMacro),
  };
  return filled ? completed : rulebook;
}
