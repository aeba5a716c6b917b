// Tallies of what the app asked the preview host for, read from the host's message log
// (`window.__zafHost.log`): ticket-data gets apart from other gets, macros API requests, invokes.
import type { Page } from 'playwright-core';
import type {} from '../../preview/page/PreviewApi';
import { pause } from './appFrame';

export interface HostCalls {
  /** `get` calls asking for at least one `ticket.*` path. */
  ticketGets: number;
  /** Other `get` calls (e.g. currentUser.locale). */
  otherGets: number;
  macrosRequests: number;
  /** `GET /api/v2/apps/installations/{id}/requirements`: the installed macro and field ids. */
  requirementsRequests: number;
  invokes: number;
  lastSeq: number;
}

export function readHostCalls(page: Page): Promise<HostCalls> {
  return page.evaluate(() => {
    const api = window.__zafHost;
    if (!api) throw new Error('window.__zafHost is missing: the preview page did not boot');
    const calls = {
      ticketGets: 0,
      otherGets: 0,
      macrosRequests: 0,
      requirementsRequests: 0,
      invokes: 0,
      lastSeq: 0,
    };
    for (const entry of api.log) {
      calls.lastSeq = Math.max(calls.lastSeq, entry.seq);
      if (entry.direction !== 'in') continue;
      if (entry.kind === 'get') {
        const params = (entry.data as { params?: unknown } | null)?.params;
        const paths = Array.isArray(params) ? params : [params];
        if (paths.some((path) => typeof path === 'string' && path.startsWith('ticket.')))
          calls.ticketGets++;
        else calls.otherGets++;
      } else if (entry.kind === 'request:GET /api/v2/macros') {
        calls.macrosRequests++;
      } else if (entry.kind.startsWith('request:GET /api/v2/apps/installations/')) {
        calls.requirementsRequests++;
      } else if (entry.kind.startsWith('invoke:')) {
        calls.invokes++;
      }
    }
    return calls;
  });
}

/** Waits until the host log has been still for `quietMs` (bounded by `maxMs`). */
export async function waitForQuiet(page: Page, quietMs = 600, maxMs = 6_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  let lastSeq = -1;
  let stillSince = Date.now();
  while (Date.now() < deadline) {
    const seq = await page.evaluate(() => window.__zafHost?.log.at(-1)?.seq ?? 0);
    if (seq !== lastSeq) {
      lastSeq = seq;
      stillSince = Date.now();
    } else if (Date.now() - stillSince >= quietMs) {
      return;
    }
    await pause(50);
  }
}
