// Signatures (names, titles, phone numbers, legal footers) add words that vote for nothing the
// customer asked. A signature is recognised by its opening line and by being a short tail.

const DELIMITER = /^--\s?$/;
const CLOSING = /^(thanks|thank you|many thanks|thanks again|thx|best|best regards|kind regards|warm regards|regards|cheers|br|sincerely|mit freundlichen gr(ü|ue)(ß|ss)en|cordialement|saludos)[,.!]?$/i;
const MOBILE = /^sent from my \w+/i;

/** How far a sign-off may sit from the end, in non-empty lines, and how long those lines may be. */
const MAX_TAIL_LINES = 8;
const MAX_TAIL_LINE_LENGTH = 80;

function isShortTail(lines: readonly string[], from: number): boolean {
  let count = 0;
  for (let i = from; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line.length === 0) continue;
    if (line.length > MAX_TAIL_LINE_LENGTH) return false;
    if (++count > MAX_TAIL_LINES) return false;
  }
  return true;
}

/** Cuts the text at a "-- " delimiter, or at a sign-off followed only by a few short lines. */
export function stripSignature(lines: readonly string[]): string[] {
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (DELIMITER.test(lines[i] ?? '') || MOBILE.test(line)) return lines.slice(0, i);
    if (CLOSING.test(line) && isShortTail(lines, i + 1)) return lines.slice(0, i);
  }
  return [...lines];
}
