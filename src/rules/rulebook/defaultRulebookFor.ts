import type { Rulebook } from '../types';
import { DEFAULT_RULEBOOK_BASE } from './defaultRulebookBase';
import { withDefaultTranslation } from './withDefaultTranslation';

/**
 * The whole default rulebook with the words for an agent's locale ("de-CH" → German), fetched
 * only for that agent (withDefaultTranslation). The sidebar starts from its core instead
 * (DEFAULT_RULEBOOK_CORE) and adds the long texts after the first assessment is shown.
 */
export function defaultRulebookFor(locale: string | null | undefined): Promise<Rulebook> {
  return withDefaultTranslation(DEFAULT_RULEBOOK_BASE, locale);
}
