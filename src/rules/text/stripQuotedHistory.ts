// Quoted e-mail history repeats earlier messages (often ours): it must not vote on what the
// customer is asking now. Works on lines; every pattern is anchored and bounded.

const ORIGINAL_MESSAGE = /^-{2,}\s*(original message|forwarded message)\s*-{2,}$/i;
const OUTLOOK_RULE = /^_{10,}$/;
const ON_WROTE = /^on\s.{0,300}\swrote:$/i;
const ON_START = /^on\s.{0,300}$/i;
const WROTE_END = /^(.{0,300}\s)?wrote:$/i;
const FROM_HEADER = /^(from|von|de):\s/i;
const SENT_HEADER = /^(sent|date|to|subject|gesendet|envoy[ée]):\s/i;

/** Index of the first line that starts quoted history, or -1. */
function historyStart(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line.length === 0) continue;
    if (ORIGINAL_MESSAGE.test(line) || OUTLOOK_RULE.test(line)) return i;
    if (ON_WROTE.test(line)) return i;
    // Mail clients wrap "On <date>, <name> <addr>" and "wrote:" onto two lines.
    if (ON_START.test(line) && WROTE_END.test((lines[i + 1] ?? '').trim())) return i;
    if (FROM_HEADER.test(line)) {
      for (let j = i + 1; j <= i + 4 && j < lines.length; j++) {
        if (SENT_HEADER.test((lines[j] ?? '').trim())) return i;
      }
    }
  }
  return -1;
}

function wordCount(lines: readonly string[]): number {
  let count = 0;
  for (const line of lines) count += line.split(/\s+/).filter((w) => w.length > 0).length;
  return count;
}

/**
 * Drops lines quoted with ">" and everything from a reply/forward header on. When nothing of
 * substance stands above the header (a bare forward), the forwarded message is the request:
 * then only the header lines go.
 */
export function stripQuotedHistory(lines: readonly string[]): string[] {
  const unquoted = lines.filter((line) => !line.trimStart().startsWith('>'));
  const start = historyStart(unquoted);
  if (start === -1) return unquoted;
  const above = unquoted.slice(0, start);
  if (wordCount(above) >= 4) return above;
  // A bare forward: keep the forwarded body, skip the header block (up to the first blank line).
  let bodyStart = start + 1;
  while (bodyStart < unquoted.length && (unquoted[bodyStart] ?? '').trim() !== '') bodyStart++;
  return [...above, ...unquoted.slice(bodyStart)];
}
