// The session's rulebook: the defaults in the agent's language, with the admin's override on top.
// The sidebar's boot chunk runs it (earlySession.ts), so every fetch goes out as early as before:
// the default words of the agent's language as soon as the locale is known, and with an override
// the rule texts and the validator. Only the defaults' core comes from the app's chunk (`core`,
// handed over by main.tsx when it runs): it is the engine's data, too big for the boot chunk.
// Directly, not through rules/index: the validator stays in its own chunk, fetched only when the
// account has a rulebook override.
import type { Rulebook } from '../../rules/types';
import { loadDefaultRulebookTexts } from '../../rules/rulebook/loadDefaultRulebookTexts';
import { loadRulebookAsync, preloadRulebookCheck } from '../../rules/rulebook/loadRulebookAsync';
import type { LoadedRulebook } from '../../rules/rulebook/loadRulebook';
import { localizeRulebook } from '../../rules/rulebook/localizeRulebook';
import { withRulebookTexts } from '../../rules/rulebook/rulebookTexts';
import { loadDefaultTranslation, withTranslation } from '../../rules/rulebook/withDefaultTranslation';

/** Prepares the rulebook once the settings are read; `locale` settles with the agent's locale. */
export type PrepareRulebook = (
  override: string | undefined,
  locale: Promise<string>,
) => Promise<LoadedRulebook>;

/**
 * How a session prepares its rulebook, given the defaults' core: a promise, since the sidebar's
 * boot chunk starts the session before the app's chunk, which holds the core, has run.
 */
export function prepareSessionRulebook(core: Promise<Rulebook>): PrepareRulebook {
  return async (override, locale) => {
    // The sidebar's defaults lack the texts its first paint does not need (rule titles and
    // explanations, policy sources, account macro texts). With an override they are fetched at
    // once, beside the validator, to check it against the whole defaults; without one the panel
    // fetches them right after its first paint (the reasons shown after it need them).
    const hasOverride = typeof override === 'string' && override.trim() !== '';
    const textsRead = hasOverride ? loadDefaultRulebookTexts() : null;
    if (hasOverride) preloadRulebookCheck();
    const agentLocale = await locale;
    const translation = await loadDefaultTranslation(agentLocale);
    const defaults = withTranslation(await core, translation);
    const texts = textsRead === null ? null : await textsRead;
    const loaded = await loadRulebookAsync(
      override,
      texts === null ? defaults : withRulebookTexts(defaults, texts),
    );
    // In the agent's language: titles, explanations, next steps and macros, and so the reasons.
    // German words win either way: localizing replaces the English filled in before (with an
    // override), and texts filled in after it only go where a rule has none.
    return { ...loaded, rulebook: localizeRulebook(loaded.rulebook, agentLocale) };
  };
}
