import { BREAK_NONE, type Token } from './types';

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
export const NEGATION_WINDOW = 3;

function isNegator(tokens: readonly Token[], i: number): boolean {
  const stem = tokens[i]?.stem ?? '';
  if (!NEGATORS.has(stem)) return false;
  // "no one can log in" is a signal, not a denial.
  if (stem === 'no' && tokens[i + 1]?.stem === 'on') return false;
  if (stem === 'not' && MODALS_BEFORE_NOT.has(tokens[i - 1]?.stem ?? '')) return false;
  return true;
}

/** Sets `negated` on tokens within the window after a negator, up to a clause break or "but". */
export function markNegation(tokens: Token[], breaks: Uint8Array): void {
  let remaining = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) continue;
    if ((breaks[i] ?? BREAK_NONE) !== BREAK_NONE || token.stem === 'but') remaining = 0;
    if (isNegator(tokens, i)) {
      remaining = NEGATION_WINDOW;
      continue;
    }
    if (remaining > 0) {
      token.negated = true;
      remaining--;
    }
  }
}
