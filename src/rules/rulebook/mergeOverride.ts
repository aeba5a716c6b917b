import type { MacroDefinition, RuleBase, Rulebook, RulebookOverride, RulebookTranslations } from '../types';

/**
 * Merges an account's override into the defaults:
 * - a rule whose id exists replaces the default in place (it keeps its position);
 * - new owner and severity rules go BEFORE the defaults: those lists are first-match, so an
 *   account's own rules take precedence over the built-in ones;
 * - new flag and macro rules are appended (they collect all matches, order only sets the display);
 * - `disable` switches default rules off by id;
 * - macroLibrary entries replace by slug or are added;
 * - translations merge text by text: an override may add a locale, or reword one rule in one.
 * The inputs are not modified.
 */
export function mergeOverride(defaults: Rulebook, override: RulebookOverride): Rulebook {
  const disabled = new Set(override.disable ?? []);
  const merge = <R extends RuleBase>(base: readonly R[], extra: readonly R[] | undefined, newFirst: boolean): R[] => {
    const replacements = new Map((extra ?? []).map((rule) => [rule.id, rule]));
    const baseIds = new Set(base.map((rule) => rule.id));
    const merged = base.map((rule) => replacements.get(rule.id) ?? rule);
    const added = (extra ?? []).filter((rule) => !baseIds.has(rule.id));
    const all = newFirst ? [...added, ...merged] : [...merged, ...added];
    return all.map((rule) => (disabled.has(rule.id) ? { ...rule, disabled: true } : rule));
  };
  const library = new Map<string, MacroDefinition>(defaults.macroLibrary.map((m) => [m.slug, m]));
  for (const macro of override.macroLibrary ?? []) library.set(macro.slug, macro);

  return {
    version: 1,
    owner: merge(defaults.owner, override.owner, true),
    severity: merge(defaults.severity, override.severity, true),
    flags: merge(defaults.flags, override.flags, false),
    macros: merge(defaults.macros, override.macros, false),
    macroLibrary: [...library.values()],
    ...mergeTranslations(defaults.translations, override),
  };
}

/**
 * The defaults' translations with the override's on top. A rule or macro the override replaces
 * drops the defaults' translations of it: they translate words the override no longer uses.
 */
function mergeTranslations(base: Rulebook['translations'], override: RulebookOverride): Pick<Rulebook, 'translations'> {
  const extra = override.translations;
  if (!base && !extra) return {};
  const replacedRules = new Set(
    [override.owner, override.severity, override.flags, override.macros].flatMap((rules) => (rules ?? []).map((rule) => rule.id)),
  );
  const replacedMacros = new Set((override.macroLibrary ?? []).map((macro) => macro.slug));
  const merged: Record<string, RulebookTranslations> = {};
  const add = (source: Record<string, RulebookTranslations>, fromDefaults: boolean) => {
    for (const [locale, words] of Object.entries(source)) {
      const into = (merged[locale] ??= { rules: {}, macros: {} });
      const rules = (into.rules ??= {});
      const macros = (into.macros ??= {});
      for (const [id, texts] of Object.entries(words.rules ?? {})) {
        if (!(fromDefaults && replacedRules.has(id))) rules[id] = { ...rules[id], ...texts };
      }
      for (const [slug, texts] of Object.entries(words.macros ?? {})) {
        if (!(fromDefaults && replacedMacros.has(slug))) macros[slug] = { ...macros[slug], ...texts };
      }
    }
  };
  add(base ?? {}, true);
  add(extra ?? {}, false);
  return { translations: merged };
}
