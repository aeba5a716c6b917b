// The shapes the text analyzer hands to the classifier and the rule evaluator.

export interface Token {
  /** The token exactly as it appears in `cleaned`. */
  raw: string;
  /** Lower-cased Porter stem; contractions lose their apostrophe ("isn't" → "isnt", "cannot" → "cant"). */
  stem: string;
  /** Inside the short window after a negator ("not down", "no longer failing"): it does not vote. */
  negated: boolean;
  /** Char offset in `cleaned`. */
  start: number;
}

/** What separates a token from the one before it. Phrases never span a sentence break. */
export const BREAK_NONE = 0;
export const BREAK_CLAUSE = 1;
export const BREAK_SENTENCE = 2;

export interface AnalyzedText {
  /** Visible text after stripping HTML, quoted history, signatures and log blocks; capped. */
  cleaned: string;
  tokens: Token[];
  /** stem → token indexes (negated ones included; lookups filter), for O(1) word lookup. */
  stems: Map<string, number[]>;
  /** Per token: BREAK_NONE, BREAK_CLAUSE (, ; : "but") or BREAK_SENTENCE (. ! ? newline) before it. */
  breaks: Uint8Array;
  /** The input was longer than the caps and only its beginning was analyzed. */
  truncated: boolean;
  /** Lines of pasted logs or stack traces removed before analysis (they do not vote word by word). */
  logLines: number;
  /** The same text with pressure phrases muted (markPressure): what the classifier and impact reader count. */
  voting?: AnalyzedText;
}
