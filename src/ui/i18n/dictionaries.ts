// The app's words. English is bundled: it is the fallback for every missing key and the language
// of the skeleton shown before the agent's locale is known. The other languages are loaded on
// demand (loadDictionary), so an English agent downloads no German. Only the `ui` subtree is
// imported (Vite's named JSON exports), so the marketplace texts under `app` stay out.
import { ui as enUi } from '../../../translations/en.json';
import { localesOf, TRANSLATION_LOADERS } from './translationFiles';

/** A translation tree: nested objects whose leaves are strings. */
export interface Dictionary {
  [key: string]: string | Dictionary;
}

export const FALLBACK_LOCALE = 'en';

/** Every locale the app has a translation file for (translations/*.json), from the build's glob. */
export const LOCALES: readonly string[] = localesOf(Object.keys(TRANSLATION_LOADERS), FALLBACK_LOCALE);

export const ENGLISH: Dictionary = { ui: enUi };

export const DICTIONARIES: Readonly<Record<string, Dictionary>> = { en: ENGLISH };
