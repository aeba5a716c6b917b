import type { Rulebook } from '../types';
import core from './defaultRulebookCore.generated.json';

/**
 * The built-in rulebook as the sidebar bundles it: every rule's id, conditions, decision and
 * words (title, explanation, next step, slot values) and the macros, without the texts nothing
 * the sidebar shows needs (RulebookTexts, fetched by loadDefaultRulebookTexts with an override).
 * Generated at build time from defaultRulebook.json (npm run engine-tables); a unit test keeps
 * the two equal.
 */
export const DEFAULT_RULEBOOK_CORE: Rulebook = core as unknown as Rulebook;
