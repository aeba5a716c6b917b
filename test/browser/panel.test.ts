// The sidebar in a real browser, inside the preview host, served by the real zcli: the panel shows
// what the sample tickets expect, and the iframe follows the app's resize requests.
import { sample, setUpPreview } from './support/setUpPreview';

const preview = setUpPreview();

// One ticket per owner and a spread of severities and flags (expectations from the samples file).
const TICKETS = [1001, 1005, 1006, 1014, 1015, 1021, 1029];

describe('the panel for sample tickets', () => {
  it.each(TICKETS)('ticket %i shows the expected owner, severity and flags', async (id) => {
    await preview.open(id);
    const shown = await preview.assessment();
    const expected = sample(id).expected ?? {};

    if (expected.requestType !== undefined) expect(shown.requestType).toBe(expected.requestType);
    if (expected.owner !== undefined) expect(shown.owner).toBe(expected.owner);
    if (expected.severity !== undefined) expect(shown.severity).toBe(String(expected.severity));
    if (expected.priority !== undefined) expect(shown.priority).toBe(expected.priority);
    for (const flag of (expected.flags_include as string[] | undefined) ?? []) expect(shown.flags).toContain(flag);
    for (const macro of (expected.macros_include as string[] | undefined) ?? []) expect(shown.macros).toContain(macro);
  });

  it('shows the section headings an agent reads', async () => {
    const app = await preview.open(1006);
    for (const heading of ['Summary', 'Flags', 'Suggested macros', 'Triage tags', 'Why these suggestions']) {
      await expect(app.getByRole('heading', { name: heading }).count()).resolves.toBeGreaterThan(0);
    }
  });

  it('reads the ticket in one batched get and sizes the iframe to its content', async () => {
    await preview.open(1021);
    const host = await preview.page.evaluate(() => ({
      counts: window.__zafHost!.counts,
      frameHeight: window.__zafHost!.frameHeight,
    }));
    const frameBox = await preview.page.locator('iframe[data-testid="app-frame"]').boundingBox();
    const panelHeight = await preview.app().locator('[data-testid="triage-panel"]').evaluate((panel) => panel.getBoundingClientRect().height);

    expect(host.counts['handshake']).toBe(1);
    expect(host.counts['invoke:resize']).toBeGreaterThan(0);
    // The host applied the app's last resize to the iframe, and it fits the panel (no inner scrollbar).
    expect(Math.round(frameBox?.height ?? 0)).toBeGreaterThanOrEqual(host.frameHeight);
    expect(host.frameHeight).toBeGreaterThanOrEqual(Math.floor(panelHeight));
  });

  it('keeps the samples fresh: dates move with the day the preview starts, so only the aging sample ages', async () => {
    // The page was opened today, whatever today is; the samples were written for 2026-11-26.
    expect(await preview.page.textContent('#sample-clock')).toContain('plays 2026-11-26');
    await preview.open(1001); // created six days before the samples' day
    expect((await preview.assessment()).flags).not.toContain('aging:third-week');
    await preview.open(1030); // created three weeks before
    expect((await preview.assessment()).flags).toContain('aging:third-week');
  });
});
