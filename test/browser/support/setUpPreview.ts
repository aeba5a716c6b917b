// Per test file: the preview stack (real zcli + host page) and one Chromium page on it, reused by
// every test in the file. Helpers open a ticket in a fresh app frame and read what the app shows.
import { readFileSync } from 'node:fs';
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
import type { Faults } from '../../../preview/host/Faults';
import type { SampleTicket } from '../../../preview/host/SampleTicket';
import { parseSampleTickets } from '../../../preview/host/SampleTicket';
import type { OpenOptions } from '../../../preview/page/PreviewApi';
import { SAMPLES_PATH } from '../../../preview/server';
import { serveZafSdkOffline } from '../../../preview/sdk/serveZafSdkOffline';
import { launchChromium } from './launchChromium';
import { startPreviewStack, type PreviewStack } from './startPreviewStack';

export const SAMPLES: SampleTicket[] = parseSampleTickets(readFileSync(SAMPLES_PATH, 'utf8'));

export function sample(id: number): SampleTicket {
  const found = SAMPLES.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No sample ticket ${id}`);
  return found;
}

export interface AssessmentView {
  requestType: string;
  owner: string;
  severity: string;
  priority: string;
  flags: string[];
  macros: string[];
}

export interface Preview {
  readonly page: Page;
  readonly stack: PreviewStack;
  /** Every alert/confirm/prompt the page or the app opened (each is dismissed). */
  readonly dialogs: string[];
  /** Opens a ticket in a fresh app frame; waits for the panel to be ready unless `waitForReady` is false. */
  open(ticket: number | SampleTicket, options?: OpenOptions & { faults?: Partial<Faults>; waitForReady?: boolean }): Promise<FrameLocator>;
  /** The current app frame, for locators. */
  app(): FrameLocator;
  /** The current app frame as a Frame, for evaluate(). */
  appFrame(): Promise<Frame>;
  assessment(): Promise<AssessmentView>;
}

export const APP_FRAME = 'iframe[data-testid="app-frame"]';
export const READY_PANEL = '[data-testid="triage-panel"][data-state="ready"]';

export function setUpPreview(): Preview {
  let browser: Browser | undefined;
  let stack: PreviewStack | undefined;
  let page: Page | undefined;
  const dialogs: string[] = [];

  beforeAll(async () => {
    stack = await startPreviewStack();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The app loads Zendesk's SDK from its CDN, as in a real account: served here with no network.
    await serveZafSdkOffline(page);
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(stack.hostUrl);
    await page.waitForSelector('body[data-preview-ready="true"]');
  });

  // Every ZAF path, action and event the app used must be one Zendesk documents: the host answers
  // others as Zendesk does (in `errors`) and records them, and the test that caused one fails.
  afterEach(async () => {
    if (!page) return;
    const undocumented = await page.evaluate(() => window.__zafHost?.takeUndocumented() ?? []);
    if (undocumented.length > 0)
      throw new Error(`The app used undocumented ZAF paths: ${[...new Set(undocumented)].join(', ')}`);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const preview: Preview = {
    dialogs,
    get page() {
      if (!page) throw new Error('The preview is not started (setUpPreview must run in a describe/file scope)');
      return page;
    },
    get stack() {
      if (!stack) throw new Error('The preview is not started');
      return stack;
    },
    async open(ticket, options = {}) {
      const { faults, waitForReady = true, ...openOptions } = options;
      await preview.page.evaluate(
        (arg) => {
          const api = window.__zafHost;
          if (!api) throw new Error('window.__zafHost is missing: the preview page did not boot');
          api.resetFaults();
          api.setFaults(arg.faults);
          api.loadTicket(arg.ticket, arg.openOptions);
        },
        { ticket, openOptions, faults: faults ?? {} },
      );
      const app = preview.app();
      if (waitForReady) {
        await app.locator(`${READY_PANEL} [data-testid="assessment"]`).waitFor({ timeout: 15_000 });
        // After Zendesk's post-load event burst, so what a test edits next reaches the app only
        // through the change events it fires (not through a re-read the burst would cause anyway).
        await preview.page.waitForFunction(() => window.__zafHost?.loaded === true);
        await app.locator(`${READY_PANEL} [data-testid="assessment"]`).waitFor();
      }
      return app;
    },
    app() {
      return preview.page.frameLocator(APP_FRAME);
    },
    async appFrame() {
      const handle = await preview.page.waitForSelector(APP_FRAME);
      const frame = await handle.contentFrame();
      if (!frame) throw new Error('The app iframe has no frame');
      return frame;
    },
    async assessment() {
      const element = preview.app().locator('[data-testid="assessment"]');
      const read = async (name: string) => (await element.getAttribute(name)) ?? '';
      const list = async (name: string) => (await read(name)).split(' ').filter(Boolean);
      return {
        requestType: await read('data-request-type'),
        owner: await read('data-owner'),
        severity: await read('data-severity'),
        priority: await read('data-priority'),
        flags: await list('data-flags'),
        macros: await list('data-macros'),
      };
    },
  };
  return preview;
}
