// Pressure is not evidence (support-policy §5): "this is blocking us", "the whole company is
// waiting", "breathing down our neck" must not vote for a request type or read as impact. The
// classifier and the impact reader see a voting view of the text in which the words of pressure
// phrases do not vote; rule conditions still see every word, so the severity-pressure flag can
// name them.
import { appendTo } from '../appendTo';
import { findPhraseStarts, firstStem, phraseStems } from './findPhrase';
import type { AnalyzedText, Token } from './types';

/** Phrases (stemmed like the text) whose words carry pressure, not facts. */
export const PRESSURE_PHRASES: readonly string[] = [
  'asap', 'urgent', 'urgently', 'this is blocking us', 'is blocking us', 'blocking us', 'we are blocked', "we're blocked",
  'whole company is waiting', 'entire company is waiting', 'everyone is waiting', 'is waiting', 'are waiting', 'still waiting',
  'escalate', 'escalating', 'escalation', 'our ceo', 'your ceo', 'our cto', 'your cto', 'our vp', 'management',
  'deadline', 'unacceptable', 'critical for us', 'top priority', 'highest priority', 'frustrated', 'frustrating', 'furious',
  'third time', 'as soon as possible', 'immediately', 'end of day', 'eod', 'on hold', 'emergency', 'costing us', 'losing money',
  'breathing down our neck', 'losing my patience', 'losing our patience', 'nobody is answering', 'nobody answering', 'no one is answering',
  'drop everything', 'expected better', 'call me', 'running out', 'cancel our contract', 'pay a lot', 'fix this now',
];

/**
 * The phrases by their first stem. A phrase can match only in a text that has that stem, and is
 * stemmed whole (phraseStems, cached) only then: stemming every phrase when the engine loads was
 * a share of a fresh sidebar's start-up.
 */
const BY_FIRST_STEM = new Map<string, string[]>();
for (const phrase of PRESSURE_PHRASES) {
  const first = firstStem(phrase);
  if (first !== null) appendTo(BY_FIRST_STEM, first, phrase);
}

/** The text as the classifier should count it: pressure words do not vote. The text itself when it has none. */
export function votingView(text: AnalyzedText): AnalyzedText {
  let muted: Set<number> | null = null;
  for (const [first, phrases] of BY_FIRST_STEM) {
    if (!text.stems.has(first)) continue;
    for (const phrase of phrases) {
      const stems = phraseStems(phrase);
      for (const start of findPhraseStarts(text, stems)) {
        muted ??= new Set();
        for (let k = 0; k < stems.length; k++) muted.add(start + k);
      }
    }
  }
  if (muted === null) return text;
  const tokens: Token[] = text.tokens.map((token, i) => (muted.has(i) ? { ...token, negated: true } : token));
  return { ...text, tokens };
}
