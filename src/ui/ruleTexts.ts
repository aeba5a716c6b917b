// The default rulebook's rule texts (each rule's title, explanation and policy source), which the
// start-up chunk leaves out: only the reasons need them, and only the parts shown after the first
// paint show reasons. They are fetched with those parts (loadLaterParts) and published here, the
// one store both sides read: the panel's rulebook is completed from it (useCompleteRulebook) and a
// later part renders only once it holds the texts (LaterPart.tsx), so in the same render the
// assessment beside it was made with the words. No part can show a reason without them.
import { loadOnce } from '../rules/loadOnce';
import { loadDefaultRulebookTexts, type RulebookTexts } from '../rules/sidebar';
import { publishedValue } from './publishedValue';

const texts = publishedValue<RulebookTexts | null>(null);

/**
 * Fetches the texts once per page and publishes them before resolving. Rejects when they cannot
 * be fetched (the later parts then stay out); the next call tries again.
 */
export const loadRuleTexts: () => Promise<RulebookTexts> = loadOnce(() =>
  loadDefaultRulebookTexts().then((loaded) => {
    if (loaded === null) throw new Error('The rulebook texts could not be loaded');
    texts.set(loaded);
    return loaded;
  }),
);

export const subscribeRuleTexts = texts.subscribe;

/** The texts once they have landed; null before. */
export const getRuleTexts = texts.get;

export function hasRuleTexts(): boolean {
  return texts.get() !== null;
}
