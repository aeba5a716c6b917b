import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../src/rules/text';

/** The tokens of `text` that are negated, by their raw form. */
function negatedWords(text: string): string[] {
  return analyzeText(text).tokens.filter((t) => t.negated).map((t) => t.raw);
}

describe('negation', () => {
  it.each([
    ['the site is not down', ['down']],
    ['no longer failing', ['longer', 'failing']],
    ['we are not using swarm', ['using', 'swarm']],
    ["it isn't broken", ['broken']],
    ['it doesn’t crash any more', ['crash', 'any', 'more']],
    ['we never saw a timeout', ['saw', 'a', 'timeout']],
    ['deployed without helm', ['helm']],
    ['no workaround', ['workaround']],
  ])('%s → negates %j', (text, expected) => {
    expect(negatedWords(text)).toEqual(expected);
  });

  it.each([
    'nobody can log in',
    "can't log in",
    'users cannot sign in',
    'we can not sign in',
    "the frontend won't start",
    "we couldn't connect",
    'no one can log in',
    'No-one can search',
  ])('%s → nothing negated (failures are signals, not denials)', (text) => {
    expect(negatedWords(text)).toEqual([]);
  });

  it('stops at a clause break or "but"', () => {
    expect(negatedWords('not slow, down for everyone')).toEqual(['slow']);
    expect(negatedWords('not slow but down')).toEqual(['slow']);
    expect(negatedWords('not slow. Down everywhere')).toEqual(['slow']);
  });

  it('reaches at most three tokens', () => {
    expect(negatedWords('not one two three four')).toEqual(['one', 'two', 'three']);
  });
});
