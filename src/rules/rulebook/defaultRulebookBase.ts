import type { Rulebook } from '../types';
import data from './defaultRulebook.json';

/**
 * The built-in rulebook in its own words (English), without other languages, whole. The sidebar
 * bundles its core instead (DEFAULT_RULEBOOK_CORE, generated from the same file) and fetches the
 * German only for a German agent (withDefaultTranslation).
 */
export const DEFAULT_RULEBOOK_BASE: Rulebook = data as unknown as Rulebook;
