// Issue 16: what a triager needs is above the fold of a 320 × 600 px sidebar. The iframe grows to
// its content (useAutoResize), so "visible without scrolling" means inside the first 600 px of the
// app frame, at a frame 320 px wide.
import type { Locator } from 'playwright-core';
import { setUpPreview } from './support/setUpPreview';

const preview = setUpPreview();
const WIDTH = 320;
const FOLD = 600;

/** Opens a ticket in a frame whose content is 320 px wide. */
async function openAt320(id: number) {
  const app = await preview.open(id);
  await preview.page.evaluate((width) => {
    const frame = document.querySelector<HTMLIFrameElement>('iframe[data-testid="app-frame"]')!;
    // The host's iframe has a 1 px border on each side and border-box sizing.
    frame.style.width = `${width + 2}px`;
  }, WIDTH);
  const frame = await preview.appFrame();
  await expect.poll(() => frame.evaluate(() => document.documentElement.clientWidth)).toBe(WIDTH);
  return app;
}

/** Where the element is inside the app frame's document, and whether it is rendered at all. */
async function placeOf(locator: Locator) {
  await locator.waitFor();
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return {
      top: box.top + window.scrollY,
      bottom: box.bottom + window.scrollY,
      left: box.left,
      right: box.right,
      visible: element.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
    };
  });
}

function expectAboveTheFold(place: Awaited<ReturnType<typeof placeOf>>) {
  expect(place.visible).toBe(true);
  expect(place.top).toBeGreaterThanOrEqual(0);
  expect(place.bottom).toBeLessThanOrEqual(FOLD);
  expect(place.left).toBeGreaterThanOrEqual(0);
  expect(place.right).toBeLessThanOrEqual(WIDTH);
}

describe('above the fold at 320 × 600', () => {
  it('an Urgent ticket whose guidance is Low: the verdict and the Set button', async () => {
    const app = await openAt320(1016);
    const verdict = app.getByTestId('priority-verdict');
    await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('above_guidance');
    expect(await verdict.textContent()).toContain('Ticket is Urgent · guidance Low');

    expectAboveTheFold(await placeOf(verdict));
    expectAboveTheFold(await placeOf(app.getByRole('button', { name: 'Set priority to Low' })));
  });

  it('a Docker Swarm ticket: the first suggested macro and its Insert button', async () => {
    const app = await openAt320(1021);
    const { flags, macros } = await preview.assessment();
    expect(flags).toContain('best-effort:docker-swarm');
    expect(macros.length).toBeGreaterThan(0);

    const first = app.locator(`[data-macro="${macros[0]}"]`);
    expectAboveTheFold(await placeOf(first.getByRole('button', { name: /^Insert / })));
    // The summary above it says best effort, and the flag says why in one sentence.
    expectAboveTheFold(await placeOf(app.getByTestId('best-effort')));
    expectAboveTheFold(await placeOf(app.locator('[data-flag="best-effort:docker-swarm"]')));
  });

  it('a flag is a compact row, not a 130 px alert', async () => {
    const app = await openAt320(1021);
    const place = await placeOf(app.locator('[data-flag="best-effort:docker-swarm"]'));
    expect(place.bottom - place.top).toBeLessThanOrEqual(60);
  });
});
