// Time to assessment: cold loads of the host page in headless Chromium, each in a new browser
// context with the HTTP cache disabled, timed inside the app frame from its navigation start to
// the app's `triage:assessment-shown` mark. The baseline page is measured in the same run,
// alternating A/B (and which goes first) so drift on the machine hits both alike.
import type { Browser } from 'playwright-core';
import { BASELINE_SHOWN_MARK } from '../baseline/baselineMark';
import { waitForMark } from './appFrame';
import { serveZafSdkOffline } from '../../preview/sdk/serveZafSdkOffline';
import { ASSESSMENT_SHOWN_MARK } from '../../src/ui/panel/assessmentShownMark';


export interface StartupTimes {
  appMs: number[];
  baselineMs: number[];
  appMedian: number;
  baselineMedian: number;
  ratio: number;
}

export async function coldLoad(
  browser: Browser,
  hostUrl: string,
  ticketId: number,
  mark: string,
): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The app loads Zendesk's SDK from its CDN, as in a real account; served locally.
  await serveZafSdkOffline(context);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(`${hostUrl}/?ticket=${ticketId}`);
    return await waitForMark(page, mark, 20_000);
  } finally {
    await context.close();
  }
}

export async function measureStartup(
  browser: Browser,
  hosts: { app: string; baseline: string },
  loads: number,
  ticketId: number,
): Promise<StartupTimes> {
  // One unmeasured load each: the servers' first answers (Node JIT, zcli's first read) are not
  // what a triager sees.
  await coldLoad(browser, hosts.app, ticketId, ASSESSMENT_SHOWN_MARK);
  await coldLoad(browser, hosts.baseline, ticketId, BASELINE_SHOWN_MARK);

  const appMs: number[] = [];
  const baselineMs: number[] = [];
  for (let i = 0; i < loads; i++) {
    const runApp = () =>
      coldLoad(browser, hosts.app, ticketId, ASSESSMENT_SHOWN_MARK).then((ms) => appMs.push(ms));
    const runBaseline = () =>
      coldLoad(browser, hosts.baseline, ticketId, BASELINE_SHOWN_MARK).then((ms) =>
        baselineMs.push(ms),
      );
    if (i % 2 === 0) {
      await runApp();
      await runBaseline();
    } else {
      await runBaseline();
      await runApp();
    }
  }
  const appMedian = median(appMs);
  const baselineMedian = median(baselineMs);
  return { appMs, baselineMs, appMedian, baselineMedian, ratio: appMedian / baselineMedian };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
