import { FALLBACK_LOCALE, LOCALES } from './translationFiles';

/**
 * Picks the dictionary for a Zendesk user locale: the exact tag ('de-DE'), then its language
 * ('de'), then English. Zendesk sends tags in either case and with '-' or '_'.
 */
export function pickLocale(
  userLocale: string | null | undefined,
  available: readonly string[] = LOCALES,
): string {
  if (typeof userLocale !== 'string' || userLocale.trim() === '') return FALLBACK_LOCALE;
  const tag = userLocale.trim().replace(/_/g, '-').toLowerCase();
  const byLowerCase = new Map(available.map((locale) => [locale.toLowerCase(), locale]));
  const exact = byLowerCase.get(tag);
  if (exact) return exact;
  const language = byLowerCase.get(tag.split('-')[0] ?? '');
  return language ?? FALLBACK_LOCALE;
}
