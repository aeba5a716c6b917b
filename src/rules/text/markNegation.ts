import { BREAK_NONE, type Token } from './types';
import { stemWord } from './stemWord';

// A negator denies the signal words right after it ("the site is not down", "we are not using
// swarm", "no longer failing"). Failure phrasings are not negators: "can't log in", "won't
// start", "couldn't connect" describe the problem itself, so they never negate.

/** Stems (apostrophes dropped) that deny what follows. */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'without', 'nor',
  'isnt', 'arent', 'wasnt', 'werent', 'dont', 'doesnt', 'didnt', 'havent', 'hasnt', 'hadnt',
]);
/** "can not start", "could not connect": as "can't", a failure, not a denial. */
const MODALS_BEFORE_NOT = new Set(['can', 'could', 'will', 'would']);
/** How many tokens after a negator it reaches. */
const NEGATION_WINDOW = 3;

/**
 * A setup left behind is not the setup now: "we moved off Docker Swarm last month", "we used to
 * run a forked chart". Words after these markers do not vote, like negated ones. Lower-cased
 * words, apostrophes as typed.
 */
const PAST_MARKERS: readonly (readonly string[])[] = [
  ['used', 'to', 'run'], ['used', 'to', 'use'], ['used', 'to', 'have'], ['used', 'to', 'deploy'], ['used', 'to', 'be', 'on'],
  ['moved', 'off'], ['moved', 'away', 'from'], ['moved', 'from'], ['migrated', 'off'], ['migrated', 'away', 'from'],
  ['migrated', 'from'], ['switched', 'away', 'from'], ['switched', 'from'], ['got', 'rid', 'of'], ['stopped', 'using'],
  ['previously'], ['formerly'],
];
/** Stems of the markers' first words: most tokens are ruled out by one set lookup. */
const PAST_FIRST = new Set(PAST_MARKERS.map((marker) => stemWord(marker[0] ?? '')));
/** How far a past marker reaches: "moved off docker swarm last month". */
const PAST_WINDOW = 4;
/** Where a move's old setup ends and the new one begins: "moved from Helm to Docker Swarm". */
const PAST_STOPS = new Set(['to', 'onto', 'into', 'now', 'and', 'for', 'in']);

/** The length of the past marker starting at token `i`, or 0. */
function pastMarkerAt(tokens: readonly Token[], i: number): number {
  if (!PAST_FIRST.has(tokens[i]?.stem ?? '')) return 0;
  for (const marker of PAST_MARKERS) {
    let k = 0;
    while (k < marker.length && tokens[i + k]?.raw.toLowerCase() === marker[k]) k++;
    if (k === marker.length) return k;
  }
  return 0;
}

function isNegator(tokens: readonly Token[], i: number): boolean {
  const stem = tokens[i]?.stem ?? '';
  if (!NEGATORS.has(stem)) return false;
  // "no one can log in" is a signal, not a denial.
  if (stem === 'no' && tokens[i + 1]?.stem === 'on') return false;
  if (stem === 'not' && MODALS_BEFORE_NOT.has(tokens[i - 1]?.stem ?? '')) return false;
  return true;
}

/**
 * Sets `negated` on tokens within the window after a negator, up to a clause break or "but",
 * and on the old setup named after a past marker ("moved off …"), up to "to" or a break.
 */
export function markNegation(tokens: Token[], breaks: Uint8Array): void {
  let remaining = 0;
  let past = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) continue;
    if ((breaks[i] ?? BREAK_NONE) !== BREAK_NONE || token.stem === 'but' || (past && PAST_STOPS.has(token.stem))) remaining = 0;
    if (isNegator(tokens, i)) {
      remaining = NEGATION_WINDOW;
      past = false;
      continue;
    }
    const marker = pastMarkerAt(tokens, i);
    if (marker > 0) {
      i += marker - 1;
      remaining = PAST_WINDOW;
      past = true;
      continue;
    }
    if (remaining > 0) {
      token.negated = true;
      remaining--;
    }
  }
}
