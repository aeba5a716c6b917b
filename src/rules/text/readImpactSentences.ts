// Text past the caps is not read word by word (a 1 MB paste would cost too much), but it is never
// ignored: a ticket that says "production is down for all users" after 25 kB of logs is an
// outage. The rest is scanned once for sentences that carry impact or outage words, and those
// sentences (deduplicated, bounded) are read with the head of the text.
import { isLogLine } from './stripLogBlocks';

/** Outage and scope words: these sentences go first. */
const STRONG = /\b(down|outages?|unreachable|unavailable|unresponsive|unusable|nobody|no one|none of|every(?:one|body)?|all (?:of )?(?:our |the )?(?:users|developers|engineers|requests|pages|customers)|whole|entire|production|prod|sev ?0|emergency|[45]\d\d)\b/i;
/** Milder impact words: kept when there is room. */
const WEAK = /\b(can(?:no|'|’)t|cannot|unable|fails?|failing|blocked|blocking|broken|majority|most (?:of )?(?:our )?users|workaround)\b/i;
/** Either kind, to find candidate sentences in one pass. */
const ANY = new RegExp(`${STRONG.source}|${WEAK.source}`, 'gi');

/** Characters of sentences kept at most, per kind: enough for any real ticket's impact lines. */
const STRONG_BUDGET = 3_000;
const WEAK_BUDGET = 1_000;
/** A sentence longer than this is cut: one run-on sentence must not take the whole budget. */
const MAX_SENTENCE = 400;

function isSentenceEnd(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 10 || code === 13; // . ! ? \n \r
}

/** The sentence around `at`: from after the previous . ! ? or line break to the next one. */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && at - start < MAX_SENTENCE && !isSentenceEnd(text.charCodeAt(start - 1))) start--;
  let end = at;
  while (end < text.length && end - start < MAX_SENTENCE && !isSentenceEnd(text.charCodeAt(end))) end++;
  return { start, end: Math.min(text.length, end + 1) };
}

/** The sentences of `rest` that carry impact words, strongest first, deduplicated and bounded. */
export function readImpactSentences(rest: string): string {
  const strong: string[] = [];
  const weak: string[] = [];
  const seen = new Set<string>();
  let strongChars = 0;
  let weakChars = 0;
  const pattern = new RegExp(ANY.source, ANY.flags);
  for (let match = pattern.exec(rest); match !== null; match = pattern.exec(rest)) {
    const { start, end } = sentenceAround(rest, match.index);
    pattern.lastIndex = Math.max(end, match.index + match[0].length);
    const sentence = rest.slice(start, end).trim();
    if (sentence === '' || seen.has(sentence) || isLogLine(sentence)) continue;
    seen.add(sentence);
    if (strongChars < STRONG_BUDGET && STRONG.test(sentence)) {
      strong.push(sentence);
      strongChars += sentence.length;
    } else if (weakChars < WEAK_BUDGET && WEAK.test(sentence)) {
      weak.push(sentence);
      weakChars += sentence.length;
    }
    if (strongChars >= STRONG_BUDGET && weakChars >= WEAK_BUDGET) break;
  }
  return [...strong, ...weak].join('\n');
}
