// Fetches one non-English dictionary, only for the locale the agent uses. Never rejects: a file
// that cannot be loaded means English, which is always bundled.
import { ENGLISH, FALLBACK_LOCALE, type Dictionary } from './dictionaries';

export { pickLocale } from './pickLocale';
export type { Dictionary } from './dictionaries';

// One lazy chunk per translation file (English excluded: it is in the main bundle).
const LOADERS = import.meta.glob<Dictionary>(
  ['../../../translations/*.json', '!../../../translations/en.json'],
  {
    import: 'ui',
  },
);

/** The `{ ui }` dictionary of a locale picked by pickLocale; null for English or on failure. */
export async function loadDictionary(locale: string): Promise<Dictionary | null> {
  if (locale === FALLBACK_LOCALE) return null;
  const load = LOADERS[`../../../translations/${locale}.json`];
  if (!load) return null;
  try {
    const ui = await load();
    return ui && typeof ui === 'object' && ui !== ENGLISH.ui ? { ui } : null;
  } catch {
    return null;
  }
}
