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
      const stems = new Set((CUE_TABLE.cues[type as keyof typeof CUE_TABLE.cues] ?? '').split('|').map((item) => item.split(':')[0]));
      for (const [text] of [...set.phrases, ...set.words, ...(set.context ?? []), ...(set.scope ?? [])]) {
        const joined = phraseStems(text).join(' ');
        if (joined !== '') expect(stems, text).toContain(joined);
      }
    }
  });
});
