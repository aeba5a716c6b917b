// Answers the app's request for Zendesk's CDN SDK from the local stand-in, for a Playwright page
// or browser context: the app loads exactly as in a real account, with no network.
import type { BrowserContext, Page } from 'playwright-core';
import { ZAF_SDK_CDN_URL, zafSdkStandIn } from './zafSdkStandIn';

/** `'stand-in'` serves the stand-in; `'unreachable'` fails the request, as offline without it. */
export async function serveZafSdkOffline(
  target: Page | BrowserContext,
  mode: 'stand-in' | 'unreachable' = 'stand-in',
): Promise<void> {
  await target.unroute(ZAF_SDK_CDN_URL);
  if (mode === 'unreachable') {
    await target.route(ZAF_SDK_CDN_URL, (route) => route.abort('internetdisconnected'));
    return;
  }
  const body = await zafSdkStandIn();
  await target.route(ZAF_SDK_CDN_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body }),
  );
}
