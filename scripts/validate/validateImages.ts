// Logos and banner: required PNGs of exact sizes (zendesk-apps.md §9 rule 7, §11).
import type { AppPackage } from './appPackage';
import { pngCanBeTransparent, readPngSize } from './readPngSize';
import { error, type Problem } from './problem';

interface ImageRule {
  file: string;
  required: boolean;
  /** Accepted [width, height] pairs. */
  sizes: ReadonlyArray<readonly [number, number]>;
  needsTransparency: boolean;
}

export const IMAGE_RULES: readonly ImageRule[] = [
  { file: 'assets/logo.png', required: true, sizes: [[320, 320]], needsTransparency: false },
  { file: 'assets/logo-small.png', required: true, sizes: [[128, 128]], needsTransparency: true },
  {
    file: 'assets/banner.png',
    required: false,
    sizes: [
      [830, 200],
      [1660, 400],
    ],
    needsTransparency: false,
  },
];

export function validateImages(appPackage: AppPackage): Problem[] {
  const problems: Problem[] = [];
  for (const rule of IMAGE_RULES) {
    if (!appPackage.has(rule.file)) {
      if (rule.required) problems.push(error(rule.file, '', 'is missing'));
      continue;
    }
    const bytes = appPackage.read(rule.file);
    const header = readPngSize(bytes);
    const expected = rule.sizes.map(([width, height]) => `${width}×${height}`).join(' or ');
    if (header === null) {
      problems.push(error(rule.file, '', `must be a PNG image (${expected})`));
      continue;
    }
    if (!rule.sizes.some(([width, height]) => header.width === width && header.height === height)) {
      problems.push(
        error(rule.file, '', `must be ${expected} pixels, found ${header.width}×${header.height}`),
      );
    }
    if (rule.needsTransparency && !pngCanBeTransparent(bytes)) {
      problems.push(
        error(
          rule.file,
          '',
          'must have a transparent background (PNG-24 with alpha, colour type 6 or 4, or tRNS)',
        ),
      );
    }
  }
  return problems;
}
