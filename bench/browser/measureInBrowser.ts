// Everything measured in headless Chromium, sharing one browser and the preview stacks: the real
// app (a copy of the built dist/) and the baseline page, each behind the real zcli server and the host page.
import { readFileSync, rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { parseSampleTickets } from '../../preview/host/SampleTicket';
import { SAMPLES_PATH } from '../../preview/server';
import { launchChromium } from '../../test/browser/support/launchChromium';
import { startPreviewStack, type PreviewStack } from '../../test/browser/support/startPreviewStack';
import { buildBaselineApp } from '../baseline/buildBaselineApp';
import { countRoundTrips, type RoundTrips } from './countRoundTrips';
import { faultScenarios } from './faultScenarios';
import { measureStartup, type StartupTimes } from './measureStartup';
import { sweepFaults, type FaultSweepResult } from './sweepFaults';
import { serveZafSdkOffline } from '../../preview/sdk/serveZafSdkOffline';

export interface BrowserPlan {
  startupLoads: number;
  sweepLoads: number;
  /** Sweep loads whose handshake is never answered (each waits out the app's 10 s timeout). */
  neverAnswered: number;
}

export interface BrowserFigures {
  chromiumVersion: string;
  startup: StartupTimes | Error;
  roundTrips: RoundTrips | Error;
  faultSweep: FaultSweepResult | Error;
}

/** The ticket the timing and round-trip loads open: the first sample (feature request, one macro). */
const TIMED_TICKET = 1001;
const SECOND_TICKET = 1002;

export async function measureInBrowser(
  appDir: string,
  plan: BrowserPlan,
  progress: (message: string) => void,
): Promise<BrowserFigures> {
  const sampleIds = parseSampleTickets(readFileSync(SAMPLES_PATH, 'utf8')).map(
    (sample) => sample.id,
  );
  let browser: Browser | undefined;
  let app: PreviewStack | undefined;
  let baseline: PreviewStack | undefined;
  let baselineDir: string | undefined;
  try {
    progress('starting zcli apps:server and the preview host for the app and the baseline page');
    baselineDir = await buildBaselineApp();
    app = await startPreviewStack(appDir);
    baseline = await startPreviewStack(baselineDir);
    browser = await launchChromium();
    const appHost = app.hostUrl;
    const baselineHost = baseline.hostUrl;
    const openBrowser = browser;

    progress(
      `time to assessment: ${plan.startupLoads} cold loads each of the app and the baseline`,
    );
    const startup = await measureStartup(
      openBrowser,
      { app: appHost, baseline: baselineHost },
      plan.startupLoads,
      TIMED_TICKET,
    ).catch(asError);

    progress('round trips');
    const roundTrips = await (async () => {
      const context = await openBrowser.newContext({ viewport: { width: 1280, height: 900 } });
      // The app loads Zendesk's SDK from its CDN, as in a real account; served locally.
      await serveZafSdkOffline(context);
      try {
        const page = await context.newPage();
        await page.goto(appHost);
        await page.waitForSelector('body[data-preview-ready="true"]');
        return await countRoundTrips(page, TIMED_TICKET, SECOND_TICKET);
      } finally {
        await context.close();
      }
    })().catch(asError);

    progress(`fault sweep: ${plan.sweepLoads} loads`);
    const zcliUrl = app.zcliUrl;
    const rigAlive = () =>
      fetch(`${zcliUrl}/app.json`).then(
        (response) => response.ok,
        () => false,
      );
    const faultSweep = await sweepFaults(
      openBrowser,
      appHost,
      faultScenarios(plan.sweepLoads, sampleIds, plan.neverAnswered),
      rigAlive,
    ).catch(asError);

    return { chromiumVersion: openBrowser.version(), startup, roundTrips, faultSweep };
  } finally {
    await browser?.close();
    await Promise.allSettled([app?.stop(), baseline?.stop()]);
    if (baselineDir) rmSync(baselineDir, { recursive: true, force: true });
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
