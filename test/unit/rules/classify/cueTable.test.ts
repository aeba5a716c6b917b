// The classifier loads its cue tables compiled at build time (cueTable.generated.ts): these tests
// fail when the committed file drifts from what run-time compilation of requestTypeCues.ts gives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CUE_TABLE_PATH, generateCueTableText } from '../../../../scripts/engine-tables/generateCueTable';
import { compileCueTable } from '../../../../src/rules/classify/compileCueTable';
import { CUE_TABLE } from '../../../../src/rules/classify/cueTable.generated';
import { FAILURE_STATEMENTS, REQUEST_TYPE_CUES, SUPPORTED_CUSTOMIZATION } from '../../../../src/rules/classify/requestTypeCues';
import { phraseStems } from '../../../../src/rules/text';

describe('the generated cue table', () => {
  it('equals the run-time compilation of requestTypeCues.ts', () => {
    // On failure: run `npm run engine-tables` (or `npm run build`) and commit the result.
    expect(CUE_TABLE).toEqual(compileCueTable(REQUEST_TYPE_CUES, FAILURE_STATEMENTS, SUPPORTED_CUSTOMIZATION));
  });

  it('is the file npm run engine-tables writes', () => {
    expect(readFileSync(CUE_TABLE_PATH, 'utf8')).toBe(generateCueTableText());
  });

  it('holds every cue of the source, stemmed like ticket text', () => {
    for (const [type, set] of Object.entries(REQUEST_TYPE_CUES)) {
      const stems = new Set(
        [...CUE_TABLE.phrases, ...CUE_TABLE.words]
          .filter(([index]) => CUE_TABLE.types[index] === type)
          .flatMap(([, , , cues]) => cues.split('|')),
      );
      for (const [text] of [...set.phrases, ...set.words, ...(set.context ?? []), ...(set.scope ?? [])]) {
        const joined = phraseStems(text).join(' ');
        if (joined !== '') expect(stems, text).toContain(joined);
      }
    }
  });

  it('lists the phrases in the order they claim tokens (longest, then heaviest), the words heaviest first', () => {
    const cuesOf = (runs: typeof CUE_TABLE.phrases) =>
      runs.flatMap(([, , weight, cues]) => cues.split('|').map((joined) => ({ length: joined.split(' ').length, weight })));
    const phrases = cuesOf(CUE_TABLE.phrases);
    for (let i = 1; i < phrases.length; i++) {
      const [before, cue] = [phrases[i - 1]!, phrases[i]!];
      expect(cue.length < before.length || (cue.length === before.length && cue.weight <= before.weight)).toBe(true);
    }
    const words = cuesOf(CUE_TABLE.words);
    expect(words.every((cue, i) => cue.length === 1 && (i === 0 || cue.weight <= words[i - 1]!.weight))).toBe(true);
    expect(phrases.every((cue) => cue.length > 1)).toBe(true);
  });
});
