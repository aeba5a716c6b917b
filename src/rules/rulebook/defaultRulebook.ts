import type { Rulebook } from '../types';
import data from './defaultRulebook.json';

/**
 * The built-in rulebook: support-policy.md as data. It is a JSON file so an admin can copy it as
 * the starting point of an override; a unit test keeps it valid against validateRulebook.
 */
export const DEFAULT_RULEBOOK: Rulebook = data as unknown as Rulebook;
