import { describe, expect, it } from 'vitest';
import { pngCanBeTransparent, readPngSize } from '../../../scripts/validate/readPngSize';
import { encodePng } from './helpers/png';

describe('readPngSize', () => {
  it('reads width, height, bit depth and colour type from the IHDR header', () => {
    expect(readPngSize(encodePng({ width: 320, height: 200, colorType: 2 }))).toEqual({
      width: 320,
      height: 200,
      bitDepth: 8,
      colorType: 2,
    });
  });

  it('returns null for bytes that are not a PNG, or a truncated one', () => {
    expect(readPngSize(Buffer.from('GIF89a not a png at all, definitely not a png'))).toBeNull();
    expect(readPngSize(encodePng({ width: 1, height: 1 }).subarray(0, 20))).toBeNull();
  });
});

describe('pngCanBeTransparent', () => {
  it('is true for colour types with alpha (6 and 4)', () => {
    expect(pngCanBeTransparent(encodePng({ width: 2, height: 2, colorType: 6 }))).toBe(true);
    expect(pngCanBeTransparent(encodePng({ width: 2, height: 2, colorType: 4 }))).toBe(true);
  });

  it('is true for an RGB image with a tRNS chunk, false without', () => {
    expect(
      pngCanBeTransparent(
        encodePng({ width: 2, height: 2, colorType: 2, transparentColour: true }),
      ),
    ).toBe(true);
    expect(pngCanBeTransparent(encodePng({ width: 2, height: 2, colorType: 2 }))).toBe(false);
  });
});
