// From the errors module itself, not the zendesk index (which loads the SDK): Node tests use it.
import { readableError, userMessageOf } from '../../zendesk/errors';
import type { Translate } from './createTranslator';

/**
 * What went wrong, for the agent: our own failures carry a translation key and are said in the
 * agent's language; a raw error from Zendesk (the SDK's or a request's text) is shown as Zendesk
 * worded it, since it is not ours to translate; an error without words is "an unexpected error".
 */
export function translateError(t: Translate, error: unknown): string {
  const words = userMessageOf(error);
  return words ? t(words.key, words.vars) : (readableError(error) ?? t('ui.errors.unknown'));
}
