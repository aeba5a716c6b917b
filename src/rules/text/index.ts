// The text analyzer: what the classifier and the rule evaluator use to read ticket text.
export type { Token, AnalyzedText } from './types';
export { BREAK_SENTENCE } from './types';
export { analyzeText } from './analyzeText';
export { EMPTY_TEXT } from './emptyText';
export { lookupWords, lookupPhrases } from './textLookups';
export { findPhraseStarts, phraseStems, tokenSlice } from './findPhrase';
export { stemWord } from './stemWord';
export { cleanText, CLEANED_CAP } from './cleanText';
