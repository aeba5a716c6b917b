import type { Rulebook, RulebookTranslations } from '../types';

/**
 * The rulebook's words for a Zendesk locale: the exact tag ("de-CH"), then its language ("de");
 * null when the rulebook has none (its own texts, English for the default rulebook, are used).
 */
export function pickTranslations(rulebook: Rulebook, locale: string | null | undefined): RulebookTranslations | null {
  const all = rulebook.translations;
  if (!all || typeof all !== 'object' || typeof locale !== 'string' || locale.trim() === '') return null;
  const byLowerCase = new Map(Object.keys(all).map((key) => [key.toLowerCase(), key]));
  const tag = locale.trim().replace(/_/g, '-').toLowerCase();
  const key = byLowerCase.get(tag) ?? byLowerCase.get(tag.split('-')[0] ?? '');
  const picked = key === undefined ? undefined : all[key];
  return picked && typeof picked === 'object' ? picked : null;
}
