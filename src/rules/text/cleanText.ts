import { stripHtml } from './stripHtml';
import { stripQuotedHistory } from './stripQuotedHistory';
import { stripSignature } from './stripSignature';
import { stripLogBlocks } from './stripLogBlocks';
import { readImpactSentences } from './readImpactSentences';

/** Raw input beyond this is not cleaned (quoted history, signatures, log blocks): only scanned. */
export const RAW_CAP = 100_000;
/** The cleaned text the tokenizer reads word by word; the rest only for impact sentences. */
export const CLEANED_CAP = 20_000;

export interface CleanedText {
  cleaned: string;
  /** Part of the text was not read word by word, only scanned for impact sentences. */
  truncated: boolean;
  /** Lines of pasted logs, stack traces or long code blocks taken out. */
  logLines: number;
}

/**
 * The customer's own words: HTML reduced to visible text, quoted e-mail history, long log or
 * stack-trace blocks and the signature removed. Capped first, then cleaned, so cost is bounded;
 * whatever lies past the caps is scanned for impact sentences (readImpactSentences), which are
 * appended, so a late "production is down for everyone" still counts.
 */
export function cleanText(raw: string): CleanedText {
  const overRaw = raw.length > RAW_CAP;
  const capped = overRaw ? raw.slice(0, RAW_CAP) : raw;
  const visible = stripHtml(capped);
  const lines = visible.split(/\r\n|\r|\n/);
  const stripped = { lines: 0 };
  const kept = stripSignature(stripLogBlocks(stripQuotedHistory(lines), stripped));
  let cleaned = kept.join('\n').trim();
  let rest = '';
  if (cleaned.length > CLEANED_CAP) {
    rest = cleaned.slice(CLEANED_CAP);
    cleaned = cleaned.slice(0, CLEANED_CAP);
  }
  if (overRaw) rest += `\n${stripHtml(raw.slice(RAW_CAP))}`;
  if (rest === '') return { cleaned, truncated: false, logLines: stripped.lines };
  const impact = readImpactSentences(rest);
  return { cleaned: impact === '' ? cleaned : `${cleaned}\n${impact}`, truncated: true, logLines: stripped.lines };
}
