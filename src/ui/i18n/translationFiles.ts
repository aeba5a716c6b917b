// The translation files (translations/*.json) as Vite sees them at build time: one lazy chunk per
// file except English, which is bundled (dictionaries.ts). The list of locales is derived from the
// same glob, so adding fr.json makes French both loadable and pickable, with nothing else to edit.
import type { Dictionary } from './dictionaries';

export const TRANSLATION_LOADERS = import.meta.glob<Dictionary>(
  ['../../../translations/*.json', '!../../../translations/en.json'],
  { import: 'ui' },
);

export const FALLBACK_LOCALE = 'en';

/** Every locale the app has a translation file for (translations/*.json), from the build's glob. */
export const LOCALES: readonly string[] = localesOf(
  Object.keys(TRANSLATION_LOADERS),
  FALLBACK_LOCALE,
);

/** The glob key of a locale's file. */
export const translationPath = (locale: string): string => `../../../translations/${locale}.json`;

/** The locales named by translation file paths ('…/translations/de.json' → 'de'), fallback first. */
export function localesOf(paths: readonly string[], fallback: string): string[] {
  const named = paths
    .map((path) => /\/([^/]+)\.json$/.exec(path)?.[1])
    .filter((locale): locale is string => locale !== undefined && locale !== fallback);
  return [fallback, ...new Set(named)];
}
