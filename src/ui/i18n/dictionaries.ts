// The app's words, bundled: the translation files are tiny, so importing them statically is cheaper
// than a fetch and cannot fail at run time.
import en from '../../../translations/en.json';
import de from '../../../translations/de.json';

/** A translation tree: nested objects whose leaves are strings. */
export interface Dictionary {
  [key: string]: string | Dictionary;
}

export const FALLBACK_LOCALE = 'en';

export const DICTIONARIES: Readonly<Record<string, Dictionary>> = { en, de };
