import { createContext, useMemo, type ReactNode } from 'react';
import { createTranslator, hasTranslation, type Translate } from './createTranslator';
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

/** Provides `t` for the Zendesk user's locale (e.g. 'de-DE' → German, unknown → English). */
export function TranslationProvider({ userLocale, children }: { userLocale: string | null; children: ReactNode }) {
  const value = useMemo<TranslationValue>(() => {
    const locale = pickLocale(userLocale);
    return { locale, t: createTranslator(locale), has: (key) => hasTranslation(key, locale) };
  }, [userLocale]);
  return <TranslationContext.Provider value={value}>{children}</TranslationContext.Provider>;
}
