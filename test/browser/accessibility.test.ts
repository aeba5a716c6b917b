// axe-core inside the app frame finds no serious or critical violations in the panel; the same
// run writes the README screenshot and the Marketplace screenshot (assets/screenshot-0.png).
import { readFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { setUpPreview } from './support/setUpPreview';

const preview = setUpPreview();
const root = resolve(import.meta.dirname, '..', '..');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

async function runAxe(): Promise<{ violations: AxeViolation[]; passes: number }> {
  const frame = await preview.appFrame();
  // Evaluated over the DevTools protocol: the app's CSP (script-src 'self') forbids a script tag.
  await frame.evaluate(AXE_SOURCE);
  return frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[]; passes: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return {
      passes: result.passes.length,
      violations: result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.map((node) => ({ target: node.target })),
      })),
    };
  });
}

describe('accessibility', () => {
  it.each([1021, 1016, 1015])('ticket %i: no serious or critical axe violations', async (id) => {
    const app = await preview.open(id);
    // Open one "Why" and its admin details so the expanded states are audited too.
    await app.getByRole('button', { name: /^Why /i }).first().click();
    await app.getByRole('button', { name: 'Details for admins' }).first().click();

    const { violations, passes } = await runAxe();
    expect(passes).toBeGreaterThan(10); // axe really audited the panel
    expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
  });
});

describe('screenshot', () => {
  it('takes a screenshot of the whole sidebar (committed by npm run screenshot)', async () => {
    await preview.open(1021);
    const frame = preview.page.locator('iframe[data-testid="app-frame"]');
    // Wait until the host applied the app's last resize, so the picture shows the whole panel.
    await expect.poll(async () => Math.round((await frame.boundingBox())?.height ?? 0)).toBe(
      await preview.page.evaluate(() => Math.round(window.__zafHost!.frameHeight)),
    );

    // The suite checks the picture in tmp/; `npm run screenshot` also refreshes the committed
    // copies (assets/screenshot-0.png for the Marketplace, docs/screenshot.png for the README).
    const target = resolve(root, 'tmp', 'screenshot-0.png');
    mkdirSync(resolve(root, 'tmp'), { recursive: true });
    // A viewport tall enough for the whole sidebar, then back to the suite's size.
    await preview.page.setViewportSize({ width: 1280, height: 2400 });
    const png = await frame.screenshot({ path: target });
    await preview.page.setViewportSize({ width: 1280, height: 900 });
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      copyFileSync(target, resolve(root, 'assets', 'screenshot-0.png'));
      copyFileSync(target, resolve(root, 'docs', 'screenshot.png'));
    }

    // A real PNG of a real sidebar: the signature, and more than a blank strip.
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(20)).toBeGreaterThan(200); // height in pixels
  });
});
