import type { RulebookTranslations, Rulebook } from '../types';
import { DEFAULT_RULEBOOK_BASE } from './defaultRulebookBase';
import german from './defaultRulebook.de.json';

/**
 * The built-in rulebook: support-policy.md as data. It is a JSON file so an admin can copy it as
 * the starting point of an override; a unit test keeps it valid against validateRulebook. Its
 * German texts live in a file of their own (same shape as an override's `translations.de`), so
 * rule changes and translation changes stay readable apart. The dry run and the tests use this
 * whole rulebook; the sidebar starts from its core (DEFAULT_RULEBOOK_CORE) and loads the German
 * only for German agents (withDefaultTranslation).
 */
export const DEFAULT_RULEBOOK: Rulebook = {
  ...DEFAULT_RULEBOOK_BASE,
  translations: { de: german as RulebookTranslations },
};
