// The session's rulebook: the defaults in the agent's language, with the admin's override on top.
// Its own module, handed to the session by the caller (SessionOptions.prepareRulebook), so that the
// session's own code stays small: the sidebar starts the session from a small boot chunk, before
// the chunk with the engine and its rulebook has arrived.
// Directly, not through rules/index: the validator stays in its own chunk, fetched only when the
// account has a rulebook override.
import { DEFAULT_RULEBOOK_CORE } from '../../rules/rulebook/defaultRulebookCore';
import { loadDefaultRulebookTexts } from '../../rules/rulebook/loadDefaultRulebookTexts';
import { loadRulebookAsync } from '../../rules/rulebook/loadRulebookAsync';
import type { LoadedRulebook } from '../../rules/rulebook/loadRulebook';
import { localizeRulebook } from '../../rules/rulebook/localizeRulebook';
import { withRulebookTexts } from '../../rules/rulebook/rulebookTexts';
import { withDefaultTranslation } from '../../rules/rulebook/withDefaultTranslation';

/** Prepares the rulebook once the settings are read; `locale` settles with the agent's locale. */
export type PrepareRulebook = (
  override: string | undefined,
  locale: Promise<string>,
) => Promise<LoadedRulebook>;

export const prepareSessionRulebook: PrepareRulebook = async (override, locale) => {
  // The sidebar's defaults lack the texts its first paint does not need (rule titles and
  // explanations, policy sources, account macro texts). With an override they are fetched at once,
  // beside the validator, to check it against the whole defaults; without one the panel fetches
  // them right after its first paint (the reasons shown after it need them).
  const textsRead =
    typeof override === 'string' && override.trim() !== '' ? loadDefaultRulebookTexts() : null;
  const agentLocale = await locale;
  const core = await withDefaultTranslation(DEFAULT_RULEBOOK_CORE, agentLocale);
  const texts = textsRead === null ? null : await textsRead;
  const loaded = await loadRulebookAsync(
    override,
    texts === null ? core : withRulebookTexts(core, texts),
  );
  // In the agent's language: titles, explanations, next steps and macros, and so the reasons.
  // German words win either way: localizing replaces the English filled in before (with an
  // override), and texts filled in after it only go where a rule has none.
  return { ...loaded, rulebook: localizeRulebook(loaded.rulebook, agentLocale) };
};
