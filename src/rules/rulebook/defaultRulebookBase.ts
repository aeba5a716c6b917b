import type { Rulebook } from '../types';
import data from './defaultRulebook.json';

/**
 * The built-in rulebook in its own words (English), without other languages: what the sidebar
 * bundles. Its German is fetched only for a German agent (defaultRulebookFor).
 */
export const DEFAULT_RULEBOOK_BASE: Rulebook = data as unknown as Rulebook;
