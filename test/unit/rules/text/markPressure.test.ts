import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText, findPhraseStarts, phraseStems, type AnalyzedText } from '../../../../src/rules/text';
import { PRESSURE_PHRASES } from '../../../../src/rules/text/markPressure';

// The voting view mutes the words of pressure phrases. It looks phrases up by their first stem;
// these tests hold it to the plain reading: every phrase tried against the whole text.

/** Token indexes muted by trying every pressure phrase against the text. */
function mutedByEveryPhrase(text: AnalyzedText): number[] {
  const muted = new Set<number>();
  for (const phrase of PRESSURE_PHRASES) {
    const stems = phraseStems(phrase);
    for (const start of findPhraseStarts(text, stems)) for (let k = 0; k < stems.length; k++) muted.add(start + k);
  }
  return [...muted].sort((a, b) => a - b);
}

/** Token indexes the voting view mutes (negated there, not in the text itself). */
function mutedInVotingView(text: AnalyzedText): number[] {
  const voting = text.voting ?? text;
  return voting.tokens.flatMap((token, i) => (token.negated && !text.tokens[i]!.negated ? [i] : []));
}

describe('the voting view', () => {
  it('mutes overlapping pressure phrases whole', () => {
    // "this is blocking us", "is blocking us" and "blocking us" all start in one place.
    const text = analyzeText('Search fails and this is blocking us');
    expect(mutedInVotingView(text)).toEqual([3, 4, 5, 6]);
    expect(text.voting?.tokens.map((t) => t.raw)).toEqual(text.tokens.map((t) => t.raw));
  });

  it('mutes every occurrence of a repeated phrase', () => {
    const text = analyzeText('Still waiting. The export is still waiting, ASAP please, asap');
    expect(mutedInVotingView(text)).toEqual([0, 1, 5, 6, 7, 9]);
  });

  it('leaves a negated pressure phrase and a text without pressure as they are', () => {
    const calm = analyzeText('The indexer is not urgent, the upgrade failed');
    expect(mutedInVotingView(calm)).toEqual([]);
    expect(calm.voting).toBeUndefined();
  });

  it('mutes exactly what trying every phrase against the text mutes', () => {
    const words = [...new Set(PRESSURE_PHRASES.flatMap((phrase) => phrase.split(' ')))];
    const piece = fc.oneof(
      fc.constantFrom(...PRESSURE_PHRASES),
      fc.constantFrom(...words),
      fc.constantFrom('search', 'fails', 'not', 'no', 'the', '.', ',', '\n', 'but'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = analyzeText(pieces.join(' '));
        expect(mutedInVotingView(text)).toEqual(mutedByEveryPhrase(text));
      }),
      { numRuns: 300 },
    );
  });
});
