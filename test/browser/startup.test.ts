// The ticket session starts from the boot chunk (src/ui/session/earlySession.ts, its own script in
// index.html): Zendesk is asked for the ticket while the app's own chunk (React, the engine, the
// panel) is still on its way, not after it has arrived and run.
import type { Route } from 'playwright-core';
import { setUpPreview } from './support/setUpPreview';

const preview = setUpPreview();

/** The `get` calls the host has answered so far (the locale and the ticket's). */
const hostGets = () => preview.page.evaluate(() => window.__zafHost?.counts['get'] ?? 0);

describe('start-up', () => {
  it("asks Zendesk for the ticket while the app's chunk is still downloading", async () => {
    const isAppChunk = (url: URL) =>
      url.href.startsWith(preview.stack.zcliUrl) && /\/index-[^/]*\.js$/.test(url.pathname);
    let getsBeforeTheChunk = -1;
    // The app's chunk is held until the host has answered a get (or 5 s have passed).
    const hold = async (route: Route) => {
      const deadline = Date.now() + 5_000;
      while ((await hostGets()) === 0 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
      getsBeforeTheChunk = await hostGets();
      await route.continue();
    };
    await preview.page.route(isAppChunk, hold);
    try {
      await preview.open(1001);
      expect(getsBeforeTheChunk).toBeGreaterThan(0);
      // …and the panel comes up as always once the chunk has arrived.
      expect((await preview.assessment()).owner).not.toBe('');
    } finally {
      await preview.page.unroute(isAppChunk, hold);
    }
  });
});
