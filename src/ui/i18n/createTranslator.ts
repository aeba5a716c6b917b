import { DICTIONARIES, FALLBACK_LOCALE, type Dictionary } from './dictionaries';

type TranslationVars = Record<string, string | number>;
/** Looks up a dotted key ('ui.sections.owner') and fills in {{var}} placeholders. */
export type Translate = (key: string, vars?: TranslationVars) => string;

function lookUp(dictionary: Dictionary | undefined, key: string): string | undefined {
  let node: string | Dictionary | undefined = dictionary;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function interpolate(template: string, vars: TranslationVars | undefined): string {
  // A fixed pattern, never one built from input; values are inserted once and not re-scanned,
  // so ticket text that happens to contain {{…}} stays as it is.
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, name: string) => {
    const value = vars?.[name];
    return value === undefined ? whole : String(value);
  });
}

/** Missing keys fall back to English, then to the key itself, so a gap never blanks the panel. */
export function createTranslator(locale: string, dictionaries = DICTIONARIES): Translate {
  const chosen = dictionaries[locale];
  const fallback = dictionaries[FALLBACK_LOCALE];
  return (key, vars) => interpolate(lookUp(chosen, key) ?? lookUp(fallback, key) ?? key, vars);
}

/** True when the key exists in the locale or in English. */
export function hasTranslation(key: string, locale: string, dictionaries = DICTIONARIES): boolean {
  return (
    lookUp(dictionaries[locale], key) !== undefined ||
    lookUp(dictionaries[FALLBACK_LOCALE], key) !== undefined
  );
}
