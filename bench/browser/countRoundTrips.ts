// Round trips, counted by the preview host: ticket gets on load, macros requests per page of
// macros across repeated Insert clicks, a field change, a burst of changes, and a second ticket.
//
// The preview opens every ticket in a fresh app frame (as Zendesk does for each ticket tab), so
// "a second ticket in the same session" is measured as: the second ticket's app instance makes
// no macros request on load (macros are fetched lazily, on the first Insert click), and within one
// instance repeated Insert clicks fetch the macro list once. The first ticket runs without
// installed requirements, so Insert has to find macros by title through the paginated list; the
// second runs with them, as an installed app does.
import type { Page } from 'playwright-core';
import { FIXTURE_MACROS } from '../../preview/host/fixtureMacros';
import type { Faults } from '../../preview/host/Faults';
import { currentAppFrame, openWithFaults, waitForEndState } from './appFrame';
import { readHostCalls, waitForQuiet } from './hostCalls';

export interface RoundTrips {
  loadTicketGets: number;
  loadOtherGets: number;
  loadMacrosRequests: number;
  secondTicketRequirementsRequests: number;
  insertClicks: number;
  macrosPageSize: number;
  macrosPages: number;
  macrosRequestsAfterInserts: number;
  fieldChangeGets: number;
  burstChanges: number;
  burstChangeGets: number;
  secondTicketFreshInstance: boolean;
  secondTicketMacrosRequestsOnLoad: number;
  secondTicketGets: number;
}

const PAGE_SIZE = 10;

export async function countRoundTrips(
  page: Page,
  firstTicket: number,
  secondTicket: number,
): Promise<RoundTrips> {
  await openTicket(page, firstTicket, { macrosPageSize: PAGE_SIZE, noRequirements: true });
  const onLoad = await readHostCalls(page);

  // Every Insert button once, then the first one again: one macro list for all of them.
  const frame = await currentAppFrame(page);
  if (!frame) throw new Error('no app frame');
  const buttons = frame.getByRole('button', { name: /^Insert / });
  const count = await buttons.count();
  let insertClicks = 0;
  for (let i = 0; i < count + 1; i++) {
    const button = buttons.nth(i % count);
    if (count === 0) break;
    await button.click({ timeout: 3_000 }).then(
      () => insertClicks++,
      () => undefined, // disabled while inserting, or replaced by its outcome: not our measurement
    );
    await waitForQuiet(page, 300);
  }
  const afterInserts = await readHostCalls(page);

  const tags = await page.evaluate(() => window.__zafHost?.getTicket().ticket.tags ?? []);
  const before = await readHostCalls(page);
  await page.evaluate(
    (next) => window.__zafHost?.setTicket({ tags: next }),
    [...(Array.isArray(tags) ? tags : []), 'bench_change'],
  );
  await waitForQuiet(page);
  const afterChange = await readHostCalls(page);

  const burst = { subject: 'Bench: edited subject', priority: 'high', tags: ['bench_burst'] };
  await page.evaluate((patch) => window.__zafHost?.setTicket(patch), burst);
  await waitForQuiet(page);
  const afterBurst = await readHostCalls(page);

  // Tag the first instance so we can tell whether the second ticket reuses it.
  await frame
    .evaluate(() => ((window as unknown as { __benchInstance?: number }).__benchInstance = 1))
    .catch(() => undefined);
  await openTicket(page, secondTicket, { macrosPageSize: PAGE_SIZE });
  const second = await readHostCalls(page);
  const secondFrame = await currentAppFrame(page);
  const reused = secondFrame
    ? await secondFrame
        .evaluate(() => (window as unknown as { __benchInstance?: number }).__benchInstance === 1)
        .catch(() => false)
    : false;

  return {
    loadTicketGets: onLoad.ticketGets,
    loadOtherGets: onLoad.otherGets,
    loadMacrosRequests: onLoad.macrosRequests,
    secondTicketRequirementsRequests: second.requirementsRequests,
    insertClicks,
    macrosPageSize: PAGE_SIZE,
    macrosPages: Math.ceil(FIXTURE_MACROS.length / PAGE_SIZE),
    macrosRequestsAfterInserts: afterInserts.macrosRequests,
    fieldChangeGets: afterChange.ticketGets - before.ticketGets,
    burstChanges: Object.keys(burst).length,
    burstChangeGets: afterBurst.ticketGets - afterChange.ticketGets,
    secondTicketFreshInstance: !reused,
    secondTicketMacrosRequestsOnLoad: second.macrosRequests,
    secondTicketGets: second.ticketGets,
  };
}

/** Opens a ticket with a clean log and faults, waits for the panel and for the host to go quiet. */
async function openTicket(page: Page, ticketId: number, faults: Partial<Faults>): Promise<void> {
  await openWithFaults(page, ticketId, faults);
  const { snapshot, timedOut } = await waitForEndState(page, 15_000);
  if (timedOut || snapshot?.state !== 'ready')
    throw new Error(
      `ticket ${ticketId} did not reach a ready panel (state ${snapshot?.state ?? 'none'})`,
    );
  // Zendesk's initial ticket.*.changed burst comes after registration; count what it costs too.
  await waitForQuiet(page);
}
