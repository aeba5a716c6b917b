// The app's words. English is bundled: it is the fallback for every missing key and the language
// of the skeleton shown before the agent's locale is known. The other languages are loaded on
// demand (loadDictionary), so an English agent downloads no German. Only the `ui` words the first
// paint can show are bundled (englishFirstPaint.generated.json, split from translations/en.json
// by `npm run engine-tables`); the later parts' words come with them (loadLaterEnglish.ts).
import FIRST_PAINT_WORDS from './englishFirstPaint.generated.json';

/** A translation tree: nested objects whose leaves are strings. */
export interface Dictionary {
  [key: string]: string | Dictionary;
}

export { FALLBACK_LOCALE, LOCALES } from './translationFiles';

/** Completed in place by loadLaterEnglish, so every translator made from it sees the later words. */
export const ENGLISH: Dictionary = { ui: { ...FIRST_PAINT_WORDS } };

export const DICTIONARIES: Readonly<Record<string, Dictionary>> = { en: ENGLISH };
