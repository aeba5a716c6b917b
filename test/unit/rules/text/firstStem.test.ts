import { describe, expect, it } from 'vitest';
import { firstStem, phraseStems } from '../../../../src/rules/text/findPhrase';

describe('firstStem', () => {
  it('is the first of the phrase stems, punctuation and case included', () => {
    for (const phrase of ['Docker Swarms are down', '  sourcegraph/server', 'cve-2024 fix', "we're blocked", 'x']) {
      expect(firstStem(phrase)).toBe(phraseStems(phrase)[0]);
    }
  });

  it('is null for a phrase with no letters or digits', () => {
    expect(firstStem('!!! ...')).toBeNull();
    expect(firstStem('')).toBeNull();
  });
});
