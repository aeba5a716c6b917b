import { appendTo } from '../appendTo';
import type { AnalyzedText } from './types';
import { cleanText } from './cleanText';
import { tokenize } from './tokenize';
import { markNegation } from './markNegation';
import { votingView } from './markPressure';

/** Cleans, tokenizes, stems and marks negation once; lookups afterwards are map hits. */
export function analyzeText(raw: string): AnalyzedText {
  const { cleaned, truncated, logLines } = cleanText(typeof raw === 'string' ? raw : '');
  const { tokens, breaks } = tokenize(cleaned);
  markNegation(tokens, breaks);
  const stems = new Map<string, number[]>();
  for (let i = 0; i < tokens.length; i++) appendTo(stems, tokens[i]?.stem ?? '', i);
  const text: AnalyzedText = { cleaned, tokens, stems, breaks, truncated, logLines };
  const voting = votingView(text);
  if (voting !== text) text.voting = voting;
  return text;
}
