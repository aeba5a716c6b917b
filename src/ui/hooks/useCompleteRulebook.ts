import { useMemo, useSyncExternalStore } from 'react';
import { withRulebookTexts } from '../../rules/sidebar';
import type { Rulebook } from '../../rules/types';
import { getRuleTexts, subscribeRuleTexts } from '../ruleTexts';

/**
 * The session's rulebook with the default rule texts filled in once they have landed (ruleTexts.ts):
 * before that, without an override, its default rules have no title or explanation (the first
 * paint shows no reason). A rule's own or translated words stay (withRulebookTexts), and a
 * rulebook that lacked nothing comes back as it is, so nothing is assessed again for nothing.
 */
export function useCompleteRulebook(rulebook: Rulebook): Rulebook {
  const texts = useSyncExternalStore(subscribeRuleTexts, getRuleTexts);
  return useMemo(() => {
    if (!texts) return rulebook;
    try {
      return withRulebookTexts(rulebook, texts);
    } catch {
      // A rulebook that cannot even be read: the engine answers it with its fallback, not a crash.
      return rulebook;
    }
  }, [rulebook, texts]);
}
