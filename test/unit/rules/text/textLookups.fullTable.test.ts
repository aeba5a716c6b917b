import { describe, expect, it } from 'vitest';
import { analyzeText, lookupPhrases, lookupWords } from '../../../../src/rules/text';
import { stemId } from '../../../../src/rules/text/stemMarks';

// The stem id table is bounded; once it is full, new stems get no id and are looked up in the
// text's own stem map. A file of its own: filling the table is module state for the whole file.

describe('lookups with a full stem id table', () => {
  it('still find known and new words, and nothing that is absent', () => {
    const text = analyzeText('The indexer crashed after the upgrade; pangolins everywhere');
    expect(lookupWords(text, ['crash'])).toEqual(['crashed']);

    let filled = 0;
    while (stemId(`filler${filled}`) >= 0) filled++;
    expect(stemId('never-seen-before')).toBe(-1);

    expect(lookupWords(text, ['crash', 'pangolin', 'upgrading'])).toEqual(['crashed', 'pangolins', 'upgrade']);
    expect(lookupPhrases(text, 'pangolins everywhere')).toEqual(['pangolins everywhere']);
    expect(lookupWords(text, ['armadillo'])).toEqual([]);
    const other = analyzeText('armadillos only');
    expect(lookupWords(other, ['armadillo', 'pangolin'])).toEqual(['armadillos']);
  });
});
