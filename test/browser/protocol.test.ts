// The app against a host that misbehaves the ways Zendesk can: it never answers the handshake, it
// answers late, it reports per-path errors, or there is no host at all. Never a blank sidebar.
import { setUpPreview } from './support/setUpPreview';

const preview = setUpPreview();

describe('the ZAF protocol', () => {
  it('shows its own timeout message when the host never answers the handshake', async () => {
    const app = await preview.open(1001, { faults: { handshake: 'never' }, waitForReady: false });

    // The app waits about 10 s for Zendesk before saying so.
    await app.getByText('Zendesk did not respond').waitFor({ timeout: 20_000 });
    expect(await app.locator('[data-testid="triage-panel"]').getAttribute('data-state')).toBe('error');
    expect(await preview.page.evaluate(() => window.__zafHost!.counts['handshake'])).toBe(1);
  });

  it('renders after a late handshake (no app.registered race)', async () => {
    await preview.open(1009, { faults: { handshakeDelayMs: 1500 } });
    expect((await preview.assessment()).owner).toBe('cs');
  });

  it('keeps working when some paths report errors', async () => {
    await preview.open(1002, { faults: { getErrors: { 'ticket.organization': 'Organization unavailable', 'ticket.type': 'not allowed' } } });
    const shown = await preview.assessment();
    expect(shown.requestType).toBe('licensing');
    expect(await preview.page.evaluate(() => window.__zafHost!.counts['get'])).toBeGreaterThan(0);
  });

  it('is idempotent under the change events Zendesk fires after loading', async () => {
    await preview.open(1016, { settings: { saveCheckMode: 'warn' } });
    await expect.poll(() => preview.page.evaluate(() => window.__zafHost!.counts['out:zaf.ticket.tags.changed'] ?? 0)).toBeGreaterThan(0);
    await preview.app().locator('[data-testid="triage-panel"][data-state="ready"] [data-testid="assessment"]').waitFor();

    const counts = await preview.page.evaluate(() => window.__zafHost!.counts);
    // Loading writes nothing to the ticket and shows no notice, however often the events arrive.
    expect(counts['set']).toBeUndefined();
    expect(counts['invoke:notify']).toBeUndefined();
    expect(counts['invoke:ticket.comment.appendText']).toBeUndefined();
  });

  it('says "Open this app inside Zendesk" when loaded outside Zendesk', async () => {
    const appJson = (await (await fetch(`${preview.stack.zcliUrl}/app.json`)).json()) as { apps: { asset_url_prefix: string }[] };
    const page = await preview.page.context().browser()!.newPage();
    try {
      await page.goto(`${appJson.apps[0]!.asset_url_prefix}index.html`);
      await page.getByText('Open this app inside Zendesk').waitFor();
      expect(await page.locator('[data-testid="triage-panel"]').getAttribute('data-state')).toBe('outside');
    } finally {
      await page.close();
    }
  });

  it('accepts messages only from the app frame', async () => {
    await preview.open(1001);
    const rejectedBefore = await preview.page.evaluate(() => window.__zafHost!.counts['rejected:foreign message'] ?? 0);
    // A message posted by the host page itself (not the app frame) must be ignored.
    await preview.page.evaluate(() => window.postMessage(JSON.stringify({ key: 'iframe.handshake', message: {} }), '*'));
    await expect.poll(() => preview.page.evaluate(() => window.__zafHost!.counts['rejected:foreign message'] ?? 0)).toBe(rejectedBefore + 1);
    expect(await preview.page.evaluate(() => window.__zafHost!.counts['handshake'])).toBe(1);
  });
});
