import type { Rulebook, RulebookTranslations } from '../types';

/** The default rulebook's languages besides its own, each its own chunk. */
const TRANSLATION_LOADERS: Readonly<Record<string, () => Promise<{ default: unknown }>>> = {
  de: () => import('./defaultRulebook.de.json'),
};

/** The default rulebook's words for one language, as fetched for an agent's locale. */
export interface DefaultTranslation {
  language: string;
  words: RulebookTranslations;
}

/**
 * Fetches the default rulebook's words for an agent's locale ("de-CH" → German): null for a
 * language the defaults have no words for (English), or when they cannot be loaded. Never rejects.
 */
export async function loadDefaultTranslation(locale: string | null | undefined): Promise<DefaultTranslation | null> {
  const language = typeof locale === 'string' ? locale.trim().replace(/_/g, '-').split('-')[0]?.toLowerCase() : undefined;
  const load = language !== undefined && Object.hasOwn(TRANSLATION_LOADERS, language) ? TRANSLATION_LOADERS[language] : undefined;
  if (!load || language === undefined) return null;
  try {
    return { language, words: (await load()).default as RulebookTranslations };
  } catch {
    return null;
  }
}

/** The rulebook with fetched default words (loadDefaultTranslation); as it is without them. */
export function withTranslation(rulebook: Rulebook, translation: DefaultTranslation | null): Rulebook {
  return translation ? { ...rulebook, translations: { [translation.language]: translation.words } } : rulebook;
}

/**
 * The default rulebook (whole, or its sidebar core) with the words for an agent's locale
 * ("de-CH" → German), fetched only for that agent: an English agent downloads no German. Load it
 * before merging an override, so the override's rewording of a rule drops the default
 * translation of it (mergeOverride). Never rejects: a language that cannot be loaded leaves the
 * rulebook's own words.
 */
export async function withDefaultTranslation(rulebook: Rulebook, locale: string | null | undefined): Promise<Rulebook> {
  return withTranslation(rulebook, await loadDefaultTranslation(locale));
}
