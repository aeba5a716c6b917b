// `npm run logo`: renders assets/logo.svg into the two PNGs Zendesk requires (zendesk-apps.md §11):
// assets/logo.png, 320×320 and opaque with square corners, and assets/logo-small.png, 128×128
// with a transparent background. Needs Chromium at /usr/bin/chromium (or CHROMIUM_PATH).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { readPngSize } from '../validate/readPngSize';

const assets = resolve(import.meta.dirname, '../../assets');
const svg = readFileSync(resolve(assets, 'logo.svg'), 'utf8');
// logo.png has square corners, so the corners take the tile's own colour.
const tileColour = /id="tile"[^>]*fill="(#[\da-fA-F]{3,8})"/.exec(svg)?.[1];
if (tileColour === undefined) throw new Error('assets/logo.svg needs a <rect id="tile" fill="#…">');

interface Rendition {
  file: string;
  size: number;
  background: string;
}

const renditions: Rendition[] = [
  { file: 'logo.png', size: 320, background: tileColour },
  { file: 'logo-small.png', size: 128, background: 'transparent' },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
});
try {
  for (const { file, size, background } of renditions) {
    const page = await browser.newPage({
      viewport: { width: size, height: size },
      deviceScaleFactor: 1,
    });
    const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:${background}">${sized}</body></html>`,
    );
    const png = await page.screenshot({
      clip: { x: 0, y: 0, width: size, height: size },
      omitBackground: background === 'transparent',
    });
    await page.close();

    const header = readPngSize(png);
    if (header?.width !== size || header.height !== size) {
      throw new Error(`${file}: expected ${size}×${size}, got ${header?.width}×${header?.height}`);
    }
    writeFileSync(resolve(assets, file), png);
    console.log(
      `assets/${file}: ${size}×${size}, colour type ${header.colorType}, ${png.byteLength} bytes`,
    );
  }
} finally {
  await browser.close();
}
