import type { Rulebook, RulebookWarning } from '../types';

const has = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';

/**
 * Warnings for every text a rulebook's languages lack: for each locale under `translations`, each
 * rule's title and explanation (and next step, flag slot values), each macro's title and body (and
 * account body). The panel shows the rule's own words for a missing one, so these never stop the
 * rulebook working; they tell an admin what an agent in that language would read untranslated.
 */
export function findMissingTranslations(rulebook: Rulebook): RulebookWarning[] {
  const warnings: RulebookWarning[] = [];
  const all = rulebook.translations && typeof rulebook.translations === 'object' ? rulebook.translations : {};
  for (const [locale, words] of Object.entries(all)) {
    const rules = words?.rules ?? {};
    const macros = words?.macros ?? {};
    const sections = [
      ['owner', rulebook.owner],
      ['severity', rulebook.severity],
      ['flags', rulebook.flags],
      ['macros', rulebook.macros],
    ] as const;
    for (const [section, list] of sections) {
      list.forEach((rule, i) => {
        if (rule.disabled) return;
        const t = Object.hasOwn(rules, rule.id) ? rules[rule.id] : undefined;
        const texts: string[] = ['title', 'explanation'];
        if ('nextStep' in rule && has(rule.nextStep)) texts.push('nextStep');
        const missing = texts.filter((key) => !has(t?.[key as 'title']));
        const slots = 'slots' in rule && rule.slots ? Object.keys(rule.slots).filter((name) => !has(t?.slots?.[name])) : [];
        if (missing.length + slots.length > 0) {
          warnings.push({
            path: `$.${section}[${i}]`,
            message: `rule "${rule.id}" has no ${locale} translation of ${[...missing, ...slots.map((s) => `slot ${s}`)].join(', ')}; agents using ${locale} see it untranslated`,
          });
        }
      });
    }
    rulebook.macroLibrary.forEach((macro, i) => {
      const t = Object.hasOwn(macros, macro.slug) ? macros[macro.slug] : undefined;
      const texts = ['title', 'body', ...(has(macro.accountBody) ? ['accountBody'] : [])];
      const missing = texts.filter((key) => !has(t?.[key as 'title']));
      if (missing.length > 0) {
        warnings.push({
          path: `$.macroLibrary[${i}]`,
          message: `macro "${macro.slug}" has no ${locale} translation of ${missing.join(', ')}; agents using ${locale} see it untranslated`,
        });
      }
    });
  }
  return warnings;
}
