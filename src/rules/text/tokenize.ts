import { BREAK_CLAUSE, BREAK_NONE, BREAK_SENTENCE, type Token } from './types';
import { stemWord } from './stemWord';

// Tokens are runs of letters and digits; an apostrophe inside a word stays ("isn't", "team's").
// Every other character separates tokens, so punctuation inside a phrase or a word is ignored:
// "cve-2024" is "cve 2024", "sourcegraph/server" is "sourcegraph server", "5.9.0" is "5 9 0".

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the character at `i` is a letter or digit; the regex only for non-ASCII. */
function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  return LETTER_OR_DIGIT.test(text[i] ?? '');
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

interface Tokenized {
  tokens: Token[];
  breaks: Uint8Array;
}

/**
 * Splits `text` into stemmed tokens and records the sentence or clause break before each; only
 * the first `limit` tokens when given (a rule value's first stem needs one).
 */
export function tokenize(text: string, limit = Infinity): Tokenized {
  const tokens: Token[] = [];
  const breaks: number[] = [];
  let pending = BREAK_NONE;
  let i = 0;
  const n = text.length;
  while (i < n && tokens.length < limit) {
    const code = text.charCodeAt(i);
    if (isWordChar(text, i)) {
      const start = i;
      i++;
      while (i < n) {
        if (isWordChar(text, i)) i++;
        else if (isApostrophe(text.charCodeAt(i)) && i + 1 < n && isWordChar(text, i + 1)) i += 2;
        else break;
      }
      const raw = text.slice(start, i);
      tokens.push({ raw, stem: stemWord(raw), negated: false, start });
      breaks.push(pending);
      pending = BREAK_NONE;
      continue;
    }
    if (code === 10 || code === 33 || code === 63) pending = BREAK_SENTENCE; // \n ! ?
    else if (code === 46) {
      // "5.9" and "sourcegraph.com" are not sentence ends.
      const prevWord = i > 0 && isWordChar(text, i - 1);
      const nextWord = i + 1 < n && isWordChar(text, i + 1);
      if (!(prevWord && nextWord)) pending = BREAK_SENTENCE;
    } else if ((code === 44 || code === 59 || code === 58) && pending === BREAK_NONE) pending = BREAK_CLAUSE; // , ; :
    i++;
  }
  return { tokens, breaks: Uint8Array.from(breaks) };
}
