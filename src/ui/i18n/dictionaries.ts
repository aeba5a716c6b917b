// The app's words, bundled: the translation files are tiny, so importing them statically is cheaper
// than a fetch and cannot fail at run time. Only the `ui` subtree is imported (Vite's named JSON
// exports), so the marketplace texts under `app` stay out of the bundle.
import { ui as enUi } from '../../../translations/en.json';
import { ui as deUi } from '../../../translations/de.json';

/** A translation tree: nested objects whose leaves are strings. */
export interface Dictionary {
  [key: string]: string | Dictionary;
}

export const FALLBACK_LOCALE = 'en';

export const DICTIONARIES: Readonly<Record<string, Dictionary>> = { en: { ui: enUi }, de: { ui: deUi } };
