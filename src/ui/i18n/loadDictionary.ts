// Fetches one non-English dictionary, only for the locale the agent uses. Never rejects: a file
// that cannot be loaded means English, which is always bundled.
import type { Dictionary } from './dictionaries';
import { FALLBACK_LOCALE, TRANSLATION_LOADERS, translationPath } from './translationFiles';

export { pickLocale } from './pickLocale';
export type { Dictionary } from './dictionaries';

/** The `{ ui }` dictionary of a locale picked by pickLocale; null for English or on failure. */
export async function loadDictionary(locale: string): Promise<Dictionary | null> {
  if (locale === FALLBACK_LOCALE) return null;
  const load = TRANSLATION_LOADERS[translationPath(locale)];
  if (!load) return null;
  try {
    const ui = await load();
    return ui && typeof ui === 'object' ? { ui } : null;
  } catch {
    return null;
  }
}
