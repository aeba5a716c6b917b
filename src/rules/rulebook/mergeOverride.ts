import type { MacroDefinition, RuleBase, Rulebook, RulebookOverride } from '../types';

/**
 * Merges an account's override into the defaults:
 * - a rule whose id exists replaces the default in place (it keeps its position);
 * - new owner and severity rules go BEFORE the defaults: those lists are first-match, so an
 *   account's own rules take precedence over the built-in ones;
 * - new flag and macro rules are appended (they collect all matches, order only sets the display);
 * - `disable` switches default rules off by id;
 * - macroLibrary entries replace by slug or are added.
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
  };
}
