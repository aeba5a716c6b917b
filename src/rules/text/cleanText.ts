import { stripHtml } from './stripHtml';
import { stripQuotedHistory } from './stripQuotedHistory';
import { stripSignature } from './stripSignature';
import { stripLogBlocks } from './stripLogBlocks';

/** Raw input beyond this is never looked at: a 1 MB paste costs no more than 100 kB. */
export const RAW_CAP = 100_000;
/** The cleaned text the tokenizer sees. */
export const CLEANED_CAP = 20_000;

export interface CleanedText {
  cleaned: string;
  truncated: boolean;
  /** Lines of pasted logs, stack traces or long code blocks taken out. */
  logLines: number;
}

/**
 * The customer's own words: HTML reduced to visible text, quoted e-mail history, long log or
 * stack-trace blocks and the signature removed. Capped first, then cleaned, so cost is bounded.
 */
export function cleanText(raw: string): CleanedText {
  let truncated = raw.length > RAW_CAP;
  const capped = truncated ? raw.slice(0, RAW_CAP) : raw;
  const visible = stripHtml(capped);
  const lines = visible.split(/\r\n|\r|\n/);
  const stripped = { lines: 0 };
  const kept = stripSignature(stripLogBlocks(stripQuotedHistory(lines), stripped));
  let cleaned = kept.join('\n').trim();
  if (cleaned.length > CLEANED_CAP) {
    cleaned = cleaned.slice(0, CLEANED_CAP);
    truncated = true;
  }
  return { cleaned, truncated, logLines: stripped.lines };
}
