import type { Rulebook, RulebookOverride } from '../types';
import { DEFAULT_RULEBOOK } from './defaultRulebook';
import { loadRulebook, type LoadedRulebook } from './loadRulebook';
import { warnAboutCatchAllRules } from './warnAboutCatchAllRules';

/**
 * loadRulebook for the admin's commands (the dry run, eval), which review an override before it
 * is installed: the same rulebook and problems, and also a warning for each rule that matches
 * every sample ticket. That check assesses the sample tickets with the whole rulebook, which takes
 * seconds for a rulebook of thousands of rules, so the sidebar (loadRulebook) never runs it.
 */
export function loadRulebookForReview(overrideText: string | undefined, defaults: Rulebook = DEFAULT_RULEBOOK): LoadedRulebook {
  const loaded = loadRulebook(overrideText, defaults);
  if (overrideText === undefined || overrideText.trim() === '' || loaded.problems.length > 0) return loaded;
  const override = JSON.parse(overrideText) as RulebookOverride;
  // Catch-all rules first: they change results; a missing translation only changes words.
  return { ...loaded, warnings: [...warnAboutCatchAllRules(override, loaded.rulebook), ...loaded.warnings] };
}
