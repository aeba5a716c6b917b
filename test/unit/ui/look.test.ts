// The panel renders pre-rendered looks (src/ui/look) instead of generating CSS at run time: these
// tests fail when the committed files drift from what rendering lookCatalogue.tsx gives now (a
// changed lookSource.ts, a Garden upgrade) or when a look the app names is missing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateLookFiles, LOOK_CSS_PATH, LOOK_TS_PATH } from '../../../scripts/look/generateLook';
import { LOOK } from '../../../src/ui/look/look.generated';

describe('the generated look', () => {
  it('is what npm run look writes from the catalogue today', () => {
    // On failure: run `npm run look` (or `npm run build`) and commit the result.
    const { css, ts } = generateLookFiles();
    expect(readFileSync(LOOK_TS_PATH, 'utf8')).toBe(ts);
    expect(readFileSync(LOOK_CSS_PATH, 'utf8')).toBe(css);
  });

  it("carries Garden's classes and markers for Garden's components", () => {
    expect(LOOK['button.small.primary']).toMatchObject({ 'data-garden-id': 'buttons.button' });
    expect(LOOK['tag.large.red']).toMatchObject({ 'data-garden-id': 'tags.tag_view' });
    const css = readFileSync(LOOK_CSS_PATH, 'utf8');
    for (const look of Object.values(LOOK)) {
      const classes = ('className' in look ? look.className : look.props.className).split(' ');
      // Every look has CSS behind at least one of its classes.
      expect(classes.some((name) => css.includes(`.${name}`)), classes.join(' ')).toBe(true);
    }
  });

  it('keeps numbers as Garden wrote them (a rounded line-height moves every line of text)', () => {
    expect(readFileSync(LOOK_CSS_PATH, 'utf8')).toContain('line-height:1.4285714285714286');
  });
});
