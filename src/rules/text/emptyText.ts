import { analyzeText } from './analyzeText';

/**
 * The analysis of no text, analyzed once when the engine loads and shared by every place that
 * needs an empty text (analyzed texts are never modified).
 */
export const EMPTY_TEXT = analyzeText('');
