import type { Rulebook } from '../types';
import core from './defaultRulebookCore.generated.json';

/**
 * The built-in rulebook as the sidebar bundles it: every rule's id, conditions, decision and the
 * words the first paint shows (next step, slot values) and the macros, without the texts only the
 * reasons and an admin read (RulebookTexts: each rule's title, explanation and policy source,
 * each macro's account text). Its rules therefore have no title or explanation (the Rulebook type
 * allows that): the panel's first assessment decides the same, and the texts, fetched right after
 * the first paint (or before the first assessment with an override), are filled in before any
 * reason is shown (withRulebookTexts). Generated at build time from defaultRulebook.json (npm run
 * engine-tables); a unit test keeps the two equal.
 */
export const DEFAULT_RULEBOOK_CORE: Rulebook = core as unknown as Rulebook;
