export {
  createTranslator,
  hasTranslation,
  type Translate,
  type TranslationVars,
} from './createTranslator';
export { pickLocale } from './pickLocale';
export { TranslationProvider } from './TranslationContext';
export { useTranslation } from './useTranslation';
export { translateError } from './translateError';
