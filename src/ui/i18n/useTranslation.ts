import { useContext } from 'react';
import { TranslationContext, type TranslationValue } from './TranslationContext';

/** The current locale's `t(key, vars)`; English outside a provider. */
export function useTranslation(): TranslationValue {
  return useContext(TranslationContext);
}
