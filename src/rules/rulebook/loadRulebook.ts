import type { RuleBase, Rulebook, RulebookOverride, RulebookProblem, RulebookWarning } from '../types';
import { DEFAULT_RULEBOOK } from './defaultRulebook';
import { findMissingTranslations } from './findMissingTranslations';
import { mergeOverride } from './mergeOverride';
import { validateRulebook } from './validateRulebook';

export interface LoadedRulebook {
  rulebook: Rulebook;
  /** Problems in the override; when there are any, `rulebook` is the default one. */
  problems: RulebookProblem[];
  /**
   * What works but an admin should know (the override is in use): texts a language of the override
   * lacks. (Rules that match every sample ticket are found by loadRulebookForReview, for the
   * admin's commands: that check assesses sample tickets, too slow for every ticket load.)
   */
  warnings: RulebookWarning[];
}

const hasNoConditions = (rule: RuleBase) => (rule.all ?? []).length === 0 && rule.any === undefined;

/**
 * The rulebook to use: the defaults merged with the account's override (JSON text from the app
 * settings or a file). A broken override is reported and ignored as a whole, so the sidebar
 * keeps working with the defaults and shows the problems. Never throws.
 */
export function loadRulebook(overrideText: string | undefined, defaults: Rulebook = DEFAULT_RULEBOOK): LoadedRulebook {
  if (overrideText === undefined || overrideText.trim() === '') return { rulebook: defaults, problems: [], warnings: [] };
  try {
    const knownIdsBySection = {
      owner: defaults.owner.map((rule) => rule.id),
      severity: defaults.severity.map((rule) => rule.id),
      flags: defaults.flags.map((rule) => rule.id),
      macros: defaults.macros.map((rule) => rule.id),
    };
    const problems = validateRulebook(overrideText, {
      mode: 'override',
      knownMacros: defaults.macroLibrary.map((m) => m.slug),
      knownIds: Object.values(knownIdsBySection).flat(),
      knownIdsBySection,
      catchAllIds: [...defaults.owner, ...defaults.severity].filter(hasNoConditions).map((rule) => rule.id),
    });
    if (problems.length > 0) return { rulebook: defaults, problems, warnings: [] };
    const override = JSON.parse(overrideText) as RulebookOverride;
    const rulebook = mergeOverride(defaults, override);
    return { rulebook, problems: [], warnings: findMissingTranslations(rulebook) };
  } catch (error) {
    return { rulebook: defaults, problems: [{ path: '$', message: `The rulebook could not be read: ${String(error)}` }], warnings: [] };
  }
}
