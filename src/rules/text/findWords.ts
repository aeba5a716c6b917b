import type { AnalyzedText } from './types';
import { stemWord } from './stemWord';
import { findPhrase } from './findPhrase';
import { tokenize } from './tokenize';

/**
 * Which of `words` occur as non-negated tokens, compared by stem ("failing" finds "failed").
 * Returns the matched text as written (evidence), deduplicated; [] when none. An entry with
 * punctuation or spaces ("sign-in") is looked up as a phrase.
 */
export function findWords(text: AnalyzedText, words: readonly string[]): string[] {
  const found: string[] = [];
  if (!Array.isArray(words)) return found;
  for (const word of words) {
    if (typeof word !== 'string' || word.length === 0) continue;
    const single = /^[\p{L}\p{N}']+$/u.test(word);
    if (!single) {
      if (tokenize(word).tokens.length === 0) continue;
      for (const match of findPhrase(text, word)) if (!found.includes(match)) found.push(match);
      continue;
    }
    const indexes = text.stems.get(stemWord(word));
    if (indexes === undefined) continue;
    for (const i of indexes) {
      const token = text.tokens[i];
      if (token === undefined || token.negated) continue;
      if (!found.includes(token.raw)) found.push(token.raw);
      break;
    }
  }
  return found;
}
