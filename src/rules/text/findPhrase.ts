import { BREAK_SENTENCE, type AnalyzedText, type Token } from './types';
import { tokenize } from './tokenize';
import { NEGATORS } from './markNegation';

// Phrases are tokenized and stemmed like the text, so "docker swarm" matches "Docker Swarm" and
// "docker swarms". Punctuation inside a phrase is a separator like in the text: "cve-" is the
// token "cve", "sourcegraph/server" is "sourcegraph server". A phrase with no letters or digits
// ("!!!") matches nothing. Phrases never span a sentence break (. ! ? newline).

const phraseCache = new Map<string, string[]>();
const MAX_CACHE = 10_000;

/** The stems of `phrase`, cached: cue tables and rulebooks ask for the same phrases every ticket. */
export function phraseStems(phrase: string): string[] {
  const hit = phraseCache.get(phrase);
  if (hit !== undefined) return hit;
  const stems = tokenize(phrase).tokens.map((t) => t.stem);
  if (phraseCache.size >= MAX_CACHE) phraseCache.clear();
  phraseCache.set(phrase, stems);
  return stems;
}

/**
 * The first stem of `phrase`, tokenized like phraseStems, without stemming the rest: what an index
 * by first stem needs before the phrase is ever matched. Null when it has no letters or digits.
 */
export function firstStem(phrase: string): string | null {
  return tokenize(phrase, 1).tokens[0]?.stem ?? null;
}

/**
 * A phrase votes when its first token is not negated. A later token may be negated only by a
 * negator inside the phrase itself: "not working" and "no results" are phrases about failure.
 */
function phraseIsLive(tokens: readonly Token[], from: number, length: number): boolean {
  let sawNegator = false;
  for (let k = 0; k < length; k++) {
    const token = tokens[from + k];
    if (token === undefined) return false;
    if (token.negated && !sawNegator) return false;
    if (NEGATORS.has(token.stem)) sawNegator = true;
  }
  return true;
}

/** Start indexes of live matches of the stem sequence `stems` (see phraseStems). */
export function findPhraseStarts(text: AnalyzedText, stems: readonly string[]): number[] {
  const first = stems[0];
  if (first === undefined) return [];
  const candidates = text.stems.get(first);
  if (candidates === undefined) return [];
  const starts: number[] = [];
  for (const at of candidates) {
    let ok = true;
    for (let k = 1; k < stems.length; k++) {
      const token = text.tokens[at + k];
      if (token === undefined || token.stem !== stems[k] || (text.breaks[at + k] ?? 0) >= BREAK_SENTENCE) {
        ok = false;
        break;
      }
    }
    if (ok && phraseIsLive(text.tokens, at, stems.length)) starts.push(at);
  }
  return starts;
}

/** The original text of tokens `from` .. `from + length - 1`. */
export function tokenSlice(text: AnalyzedText, from: number, length: number): string {
  const head = text.tokens[from];
  const tail = text.tokens[from + length - 1];
  if (head === undefined || tail === undefined) return '';
  return text.cleaned.slice(head.start, tail.start + tail.raw.length);
}
