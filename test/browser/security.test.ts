// Ticket text is data: a subject and description full of markup render as literal text in the
// host, the sidebar quotes at most matched words of it, and no payload runs in either frame.
import type { SampleTicket } from '../../preview/host/SampleTicket';
import { sample, setUpPreview } from './support/setUpPreview';

const preview = setUpPreview();

const HOSTILE: SampleTicket = {
  ...sample(1011),
  id: 4242,
  subject: `<script>window.__pwned = "subject"</script><img src=x onerror="window.__pwned='img';alert(1)"> help`,
  description:
    `<img src=x onerror=alert(document.domain)> <svg onload="window.__pwned='svg'"></svg> ` +
    `<a href="javascript:window.__pwned='link'">click</a> "><script>window.parent.__pwned = 'parent'</script> gitserver errors`,
};

describe('hostile ticket text', () => {
  it('renders markup as text and runs none of it', async () => {
    await preview.open(HOSTILE);
    const frame = await preview.appFrame();
    const panel = preview.app().locator('[data-testid="triage-panel"]');

    // The panel does not repeat the subject; ticket text reaches it as the evidence quoted under
    // "Details for admins". Open every Why and its details so all of it is rendered.
    const app = preview.app();
    // The Whys are a later part: they render once their chunk has landed, after the first paint.
    await app.getByRole('button', { name: /^Why / }).first().waitFor();
    for (const why of await app.getByRole('button', { name: /^Why / }).all()) await why.click();
    for (const details of await app.getByRole('button', { name: 'Details for admins' }).all()) await details.click();
    await expect.poll(() => app.getByTestId('why-details').count()).toBeGreaterThan(0);
    // Only matched words are ever quoted: no piece of markup reaches the panel, even as text.
    expect(await panel.textContent()).not.toMatch(/<script|onerror|onload|javascript:/);
    // No element came out of the ticket text, in the panel or in the host's own ticket view.
    expect(await panel.locator('script, img[src="x"], svg[onload], a[href^="javascript:"]').count()).toBe(0);
    expect(await preview.page.locator('main img[src="x"], main svg[onload]').count()).toBe(0);

    // Give any payload a chance to have run (a broken image's onerror fires as the image fails).
    await frame.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 200))));
    expect(await frame.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await preview.page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(preview.dialogs).toEqual([]);
  });
});
