export { type Translate } from './createTranslator';
export { TranslationProvider } from './TranslationContext';
export { useTranslation } from './useTranslation';
export { translateError } from './translateError';
