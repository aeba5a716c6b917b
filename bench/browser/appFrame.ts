// Reading the sidebar app's frame inside the preview host page: the current frame (each ticket
// load replaces the iframe), a snapshot of its panel, and waits on both. Functions handed to
// evaluate() define no inner named functions: tsx would wrap those in helpers the page lacks.
import type { Frame, Page } from 'playwright-core';
import type { Faults } from '../../preview/host/Faults';
import type { SampleTicket } from '../../preview/host/SampleTicket';
import type {} from '../../preview/page/PreviewApi';

export const APP_FRAME = 'iframe[data-testid="app-frame"]';

export interface PanelSnapshot {
  /** data-state of [data-testid=triage-panel], or null when there is no panel at all. */
  state: string | null;
  hasAssessment: boolean;
  /** Visible text in the panel, trimmed: 0 means a blank sidebar. */
  textLength: number;
  height: number;
  /** Uncaught errors and unhandled rejections trapped in the frame (see errorTrap.ts). */
  errors: string[];
  /** Where the frame is and the start of its body: what a blank frame actually showed. */
  url: string;
  body: string;
}

export async function currentAppFrame(page: Page): Promise<Frame | null> {
  const handle = await page.$(APP_FRAME);
  return handle ? handle.contentFrame() : null;
}

export async function snapshotPanel(frame: Frame): Promise<PanelSnapshot | null> {
  try {
    return await frame.evaluate(() => {
      const panel = document.querySelector('[data-testid="triage-panel"]') as HTMLElement | null;
      const errors = (
        (window as unknown as { __benchErrors?: string[] }).__benchErrors ?? []
      ).slice();
      const url = location.href;
      const body = document.body ? document.body.innerHTML.slice(0, 160) : '(no body)';
      if (!panel)
        return { state: null, hasAssessment: false, textLength: 0, height: 0, errors, url, body };
      return {
        state: panel.getAttribute('data-state'),
        hasAssessment: panel.querySelector('[data-testid="assessment"]') !== null,
        textLength: (panel.innerText || '').trim().length,
        height: panel.getBoundingClientRect().height,
        errors,
        url,
        body,
      };
    });
  } catch {
    // The frame is between documents (about:blank → the app): no snapshot yet.
    return null;
  }
}

/** The panel's end states: an assessment on screen, or a clear message. */
export function isEndState(snapshot: PanelSnapshot | null): boolean {
  if (!snapshot) return false;
  return (
    (snapshot.state === 'ready' && snapshot.hasAssessment) ||
    snapshot.state === 'error' ||
    snapshot.state === 'outside'
  );
}

export async function waitForEndState(
  page: Page,
  timeoutMs: number,
): Promise<{ snapshot: PanelSnapshot | null; timedOut: boolean }> {
  const deadline = Date.now() + timeoutMs;
  let last: PanelSnapshot | null = null;
  while (Date.now() < deadline) {
    const frame = await currentAppFrame(page);
    if (frame) last = (await snapshotPanel(frame)) ?? last;
    if (isEndState(last)) return { snapshot: last, timedOut: false };
    await pause(40);
  }
  return { snapshot: last, timedOut: true };
}

/**
 * When `mark` was set in the app frame, in ms from the frame's navigation start. The frame records
 * the mark itself, so how often we look does not change the figure; but every look injects
 * Playwright's helper script into the frame, so the first look waits until start-up is surely
 * over, and later ones are sparse, to keep the measurement from slowing what it measures.
 */
export async function waitForMark(page: Page, mark: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  await pause(Math.min(FIRST_LOOK_MS, timeoutMs));
  while (Date.now() < deadline) {
    const frame = await currentAppFrame(page);
    if (frame) {
      const startTime = await frame
        .evaluate((name) => {
          const entry = performance.getEntriesByName(name, 'mark')[0];
          return entry ? entry.startTime : null;
        }, mark)
        .catch(() => null);
      if (startTime !== null) return startTime;
    }
    await pause(100);
  }
  throw new Error(`no "${mark}" mark in the app frame within ${timeoutMs} ms`);
}

/** Start-up takes a few hundred ms here; a look before this would land inside it. */
const FIRST_LOOK_MS = 1_500;

/** Opens `ticket` in a fresh app frame of the preview, with only `faults` injected. */
export async function openWithFaults(
  page: Page,
  ticket: number | SampleTicket,
  faults: Partial<Faults>,
  settings?: Record<string, unknown>,
): Promise<void> {
  await page.evaluate(
    (arg) => {
      const api = window.__zafHost;
      if (!api) throw new Error('window.__zafHost is missing');
      api.resetFaults();
      api.setFaults(arg.faults);
      api.loadTicket(arg.ticket, arg.settings ? { settings: arg.settings } : undefined);
    },
    { ticket, faults, settings },
  );
}

export function pause(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
