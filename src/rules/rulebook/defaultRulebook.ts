import type { Rulebook, RulebookTranslations } from '../types';
import data from './defaultRulebook.json';
import german from './defaultRulebook.de.json';

/**
 * The built-in rulebook: support-policy.md as data. It is a JSON file so an admin can copy it as
 * the starting point of an override; a unit test keeps it valid against validateRulebook. Its
 * German texts live in a file of their own (same shape as an override's `translations.de`), so
 * rule changes and translation changes stay readable apart.
 */
export const DEFAULT_RULEBOOK: Rulebook = {
  ...(data as unknown as Rulebook),
  translations: { de: german as RulebookTranslations },
};
