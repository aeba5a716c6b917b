import { createContext, useMemo, type ReactNode } from 'react';
import { createTranslator, hasTranslation, type Translate } from './createTranslator';
import { DICTIONARIES, type Dictionary } from './dictionaries';
import { pickLocale } from './pickLocale';

export interface TranslationValue {
  locale: string;
  t: Translate;
  has: (key: string) => boolean;
}

const english = createTranslator('en');
export const TranslationContext = createContext<TranslationValue>({
  locale: 'en',
  t: english,
  has: (key) => hasTranslation(key, 'en'),
});

/**
 * Provides `t` for the Zendesk user's locale (e.g. 'de-DE' → German, unknown → English), from the
 * dictionary loadDictionary fetched for it; without one, English.
 */
export function TranslationProvider({
  userLocale,
  dictionary,
  children,
}: {
  userLocale: string | null;
  dictionary?: Dictionary | null;
  children: ReactNode;
}) {
  const value = useMemo<TranslationValue>(() => {
    const picked = pickLocale(userLocale);
    const locale = dictionary ? picked : 'en';
    const dictionaries = dictionary ? { ...DICTIONARIES, [locale]: dictionary } : DICTIONARIES;
    return {
      locale,
      t: createTranslator(locale, dictionaries),
      has: (key) => hasTranslation(key, locale, dictionaries),
    };
  }, [userLocale, dictionary]);
  return <TranslationContext.Provider value={value}>{children}</TranslationContext.Provider>;
}
