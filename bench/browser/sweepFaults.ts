// Robustness sweep, browser half: many loads of the real app in the preview host, each with
// faults injected by the host. Every load must end in a rendered assessment or a clear error
// state — never a blank frame, never an uncaught error or console error in the app frame.
// One browser, two pages side by side (each load is a fresh app frame), short waits.
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import {
  openWithFaults,
  pause,
  snapshotPanel,
  currentAppFrame,
  waitForEndState,
  type PanelSnapshot,
} from './appFrame';
import { ERROR_TRAP_SCRIPT } from './errorTrap';
import type { FaultScenario } from './faultScenarios';
import { waitForQuiet } from './hostCalls';
import { serveZafSdkOffline } from '../../preview/sdk/serveZafSdkOffline';

export type LoadOutcome = 'rendered' | 'error-state' | 'blank' | 'stuck';

export interface FaultSweepResult {
  loads: number;
  outcomes: Record<LoadOutcome, number>;
  /** Loads with at least one uncaught error, unhandled rejection or console error in the app frame. */
  withErrors: number;
  /** The first few problems, with what reproduces them. */
  examples: string[];
  seconds: number;
  /** Set when the rig itself (zcli's server) stopped answering: the sweep stops, its figure is void. */
  rigFailure?: string;
}

const END_STATE_TIMEOUT_MS = 8_000;
const NEVER_ANSWERED_TIMEOUT_MS = 13_000; // the app's own handshake timeout is 10 s

export async function sweepFaults(
  browser: Browser,
  hostUrl: string,
  scenarios: readonly FaultScenario[],
  rigAlive: () => Promise<boolean>,
  workers = 2,
): Promise<FaultSweepResult> {
  const started = performance.now();
  const result: FaultSweepResult = {
    loads: 0,
    outcomes: { rendered: 0, 'error-state': 0, blank: 0, stuck: 0 },
    withErrors: 0,
    examples: [],
    seconds: 0,
  };
  // A few pages side by side (each its own host page and app frames) keep 200 loads to minutes.
  let next = 0;
  const worker = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // The app loads Zendesk's SDK from its CDN, as in a real account; served locally.
    await serveZafSdkOffline(context);
    try {
      const page = await context.newPage();
      const probe = await openProbe(page, hostUrl);
      for (let index = next++; index < scenarios.length && !result.rigFailure; index = next++) {
        const scenario = scenarios[index];
        if (!scenario) continue;
        const load = await runLoad(page, probe, scenario);
        // A blank frame because zcli's server died is the rig's failure, not the app's.
        if ((load.outcome === 'blank' || load.outcome === 'stuck') && !(await rigAlive())) {
          result.rigFailure = `the zcli server stopped answering at load ${index}`;
          break;
        }
        record(result, index, scenario, load);
      }
    } finally {
      await context.close();
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

interface Probe {
  /** Console errors from the app frame since the last take(). */
  takeConsoleErrors(): string[];
}

async function openProbe(page: Page, hostUrl: string): Promise<Probe> {
  await page.context().addInitScript(ERROR_TRAP_SCRIPT);
  page.on('dialog', (dialog) => void dialog.dismiss());
  let consoleErrors: string[] = [];
  const hostOrigin = new URL(hostUrl).origin;
  page.on('console', (message: ConsoleMessage) => {
    // Only the app frame's console: the host page is the test rig, not the product.
    if (message.type() === 'error' && !message.location().url.startsWith(hostOrigin))
      consoleErrors.push(message.text().slice(0, 300));
  });
  await page.goto(hostUrl);
  await page.waitForSelector('body[data-preview-ready="true"]');
  return {
    takeConsoleErrors() {
      const taken = consoleErrors;
      consoleErrors = [];
      return taken;
    },
  };
}

interface LoadResult {
  outcome: LoadOutcome;
  errors: string[];
  snapshot: PanelSnapshot | null;
}

async function runLoad(page: Page, probe: Probe, scenario: FaultScenario): Promise<LoadResult> {
  probe.takeConsoleErrors();
  await openWithFaults(page, scenario.ticket, scenario.faults, scenario.settings);
  const timeout =
    scenario.faults.handshake === 'never' ? NEVER_ANSWERED_TIMEOUT_MS : END_STATE_TIMEOUT_MS;
  const settled = await waitForEndState(page, timeout);
  if (!settled.timedOut && settled.snapshot?.state === 'ready') await act(page, scenario);
  await pause(50); // let late errors surface

  const frame = await currentAppFrame(page);
  const snapshot = (frame && (await snapshotPanel(frame))) || settled.snapshot;
  return {
    outcome: classify(snapshot, settled.timedOut),
    errors: [...(snapshot?.errors ?? []), ...probe.takeConsoleErrors()],
    snapshot,
  };
}

function record(
  result: FaultSweepResult,
  index: number,
  scenario: FaultScenario,
  load: LoadResult,
): void {
  result.loads++;
  result.outcomes[load.outcome]++;
  if (load.errors.length > 0) result.withErrors++;
  if (
    (load.outcome === 'blank' || load.outcome === 'stuck' || load.errors.length > 0) &&
    result.examples.length < 8
  ) {
    const panel = load.snapshot
      ? `state=${load.snapshot.state ?? 'no panel'} text=${load.snapshot.textLength} height=${Math.round(load.snapshot.height)}` +
        (load.snapshot.state === null
          ? ` url=${load.snapshot.url} body=${JSON.stringify(load.snapshot.body)}`
          : '')
      : 'no document';
    const errors = load.errors.length ? `; ${load.errors.slice(0, 2).join(' | ')}` : '';
    result.examples.push(
      `load ${index}: ${load.outcome} (${panel})${errors}\n    ${describe(scenario)}`,
    );
  }
}

/** What the agent does once the panel is ready; returns the panel afterwards. */
async function act(page: Page, scenario: FaultScenario): Promise<void> {
  const frame = await currentAppFrame(page);
  if (!frame) return;
  if (scenario.action === 'insert') {
    const button = frame.getByRole('button', { name: /^Insert / }).first();
    if ((await button.count()) > 0) {
      await button.click({ timeout: 2_000 }).catch(() => undefined);
      await waitForQuiet(page, 250, 3_000);
    }
  } else if (scenario.action === 'edit') {
    await page.evaluate(() =>
      window.__zafHost?.setTicket({
        subject: '<b>edited</b> 😀',
        tags: ['edited', ''],
        priority: 'urgent',
      }),
    );
    await waitForQuiet(page, 250, 2_000);
  } else if (scenario.action === 'reply') {
    await page.evaluate(() =>
      window.__zafHost?.addComment({ body: 'Thanks, we are on it.', author: 'agent', public: true }),
    );
    await waitForQuiet(page, 250, 2_000);
  } else if (scenario.action === 'save') {
    await page.evaluate(() =>
      Promise.race([window.__zafHost?.save(), new Promise((done) => setTimeout(done, 2_000))]),
    );
  }
}

export function classify(snapshot: PanelSnapshot | null, timedOut: boolean): LoadOutcome {
  if (!snapshot || snapshot.state === null || snapshot.textLength === 0 || snapshot.height <= 0)
    return 'blank';
  if (snapshot.state === 'ready' && snapshot.hasAssessment) return 'rendered';
  if (snapshot.state === 'error' || snapshot.state === 'outside') return 'error-state';
  return timedOut ? 'stuck' : 'blank';
}

function describe(scenario: FaultScenario): string {
  const ticket =
    typeof scenario.ticket === 'number' ? scenario.ticket : `hostile ${scenario.ticket.id}`;
  const faults = Object.entries(scenario.faults)
    .filter(
      ([, value]) =>
        value !== 0 &&
        value !== false &&
        !(typeof value === 'object' && Object.keys(value ?? {}).length === 0),
    )
    .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
    .join(' ');
  return `ticket ${ticket}, ${scenario.action}, ${faults}${Object.keys(scenario.settings).length ? `, settings ${JSON.stringify(scenario.settings)}` : ''}`;
}
