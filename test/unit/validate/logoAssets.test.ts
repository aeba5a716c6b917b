// The committed logos meet Zendesk's asset rules (zendesk-apps.md §11) and the SVG source stays
// self-contained, so Zendesk's sanitizer has nothing to strip.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pngCanBeTransparent, readPngSize } from '../../../scripts/validate/readPngSize';

const assets = resolve(import.meta.dirname, '../../../assets');

describe('app logos', () => {
  it('logo.png is a 320×320 opaque PNG', () => {
    const header = readPngSize(readFileSync(resolve(assets, 'logo.png')));
    expect(header).toMatchObject({ width: 320, height: 320, colorType: 2 });
  });

  it('logo-small.png is a 128×128 PNG with an alpha channel', () => {
    const bytes = readFileSync(resolve(assets, 'logo-small.png'));
    expect(readPngSize(bytes)).toMatchObject({ width: 128, height: 128, colorType: 6 });
    expect(pngCanBeTransparent(bytes)).toBe(true);
  });

  it('logo.svg is a 320×320 drawing with no scripts or external references', () => {
    const svg = readFileSync(resolve(assets, 'logo.svg'), 'utf8');
    expect(svg).toContain('viewBox="0 0 320 320"');
    expect(svg).not.toMatch(/<script|href=|url\(|<image|<foreignObject/i);
  });
});
