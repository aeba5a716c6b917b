// What a real Zendesk account does that the preview must model as documented (issue 11):
// organization fields by `customField:<key>`, undocumented paths answered in `errors`, Zendesk's
// CDN SDK (served here by its local stand-in) with the bundled copy as the offline fallback, slow
// hosts, and an Insert that never changes the visibility of the agent's draft.
import { FIXTURE_MACROS } from '../../preview/host/fixtureMacros';
import { serveZafSdkOffline } from '../../preview/sdk/serveZafSdkOffline';
import { ZAF_SDK_CDN_URL } from '../../preview/sdk/zafSdkStandIn';
import { READY_PANEL, setUpPreview } from './support/setUpPreview';

const preview = setUpPreview();

const PLAN_PATH = 'ticket.organization.customField:support_plan';
/** A public macro suggested for sample 1002, and its title on the panel. */
const LICENSING = FIXTURE_MACROS.find((macro) => macro.slug === 'ce-licensing-renewal')!;
const LICENSING_TITLE = LICENSING.title.replace(/^Triage::/, '');
const INTERNAL_NOTE = 'Customer is on a renewal call, do not promise dates.';

function composer() {
  return preview.page.evaluate(() => window.__zafHost!.getTicket().ticket.comment as { text: string; type: string });
}

function ticketGets() {
  return preview.page.evaluate(() =>
    window.__zafHost!.log
      .filter((entry) => entry.kind === 'get')
      .map((entry) => (entry.data as { params: string[] }).params)
      .filter((params) => params.includes('ticket.id')),
  );
}

async function textOf(testId: string): Promise<string> {
  return (await preview.app().getByTestId(testId).first().textContent()) ?? '';
}

/** What the panel shows for a ticket on a healthy host, to compare a slow or odd load with. */
async function healthyAssessment(ticket: number) {
  await preview.open(ticket);
  return { assessment: await preview.assessment() };
}

describe('documented paths only', () => {
  it("reads the plan from ticket.organization.customField:support_plan and shows the plan's first-response target", async () => {
    await preview.open(1002);
    expect(await textOf('first-response')).toContain('First response within');
    expect((await ticketGets())[0]).toContain(PLAN_PATH);

    // Without that path's value the plan is unknown: the target came from it.
    await preview.open(1002, { faults: { getErrors: { [PLAN_PATH]: 'is not a valid path' } } });
    expect(await textOf('first-response')).not.toContain('First response within');
  });

  it('answers an undocumented path in errors, never with a value, and records it so the run fails', async () => {
    await preview.open(1002);
    const frame = await preview.appFrame();
    const answer = await frame.evaluate(async () => {
      const origin = new URLSearchParams(window.location.search).get('origin')!;
      const id = 990_001;
      const reply = new Promise<unknown>((resolve) => {
        window.addEventListener('message', (event) => {
          const data = typeof event.data === 'string' ? (JSON.parse(event.data) as { id?: number }) : event.data;
          if (data?.id === id) resolve(data);
        });
      });
      const path = 'ticket.organization.organizationFields';
      window.parent.postMessage(JSON.stringify({ id, request: 'get', params: [path] }), origin);
      return reply;
    });
    expect(answer).toMatchObject({
      result: { errors: { 'ticket.organization.organizationFields': { name: 'InvalidPath' } } },
    });
    expect((answer as { result: Record<string, unknown> }).result).not.toHaveProperty('ticket.organization.organizationFields');
    // setUpPreview fails any test after which this list is not empty; this test empties it itself.
    const recorded = await preview.page.evaluate(() => window.__zafHost!.takeUndocumented());
    expect(recorded).toEqual(['get ticket.organization.organizationFields']);
  });
});

describe("Zendesk's SDK", () => {
  it("loads the SDK from Zendesk's CDN address before the app, and no bundled copy", async () => {
    const requested: string[] = [];
    const onRequest = (request: { url(): string }) => requested.push(request.url());
    preview.page.on('request', onRequest);
    try {
      await preview.open(1002);
    } finally {
      preview.page.off('request', onRequest);
    }
    expect(requested).toContain(ZAF_SDK_CDN_URL);
    expect(requested.some((url) => url.includes('bundledZafSdk'))).toBe(false);
    const frame = await preview.appFrame();
    expect(await frame.evaluate(() => typeof window.ZAFClient?.init)).toBe('function');
  });

  it('falls back to the bundled copy when the CDN cannot be reached, and still shows the assessment', async () => {
    const healthy = await healthyAssessment(1002);
    await serveZafSdkOffline(preview.page, 'unreachable');
    try {
      await preview.open(1002);
      const frame = await preview.appFrame();
      expect(await frame.evaluate(() => window.ZAFClient)).toBeUndefined();
      expect(await preview.assessment()).toEqual(healthy.assessment);
    } finally {
      await serveZafSdkOffline(preview.page);
    }
  });

  it('with the bundled copy, never assesses its 5 s timeout object as the ticket: it says so and reads again', async () => {
    const healthy = await healthyAssessment(1002);
    await serveZafSdkOffline(preview.page, 'unreachable');
    try {
      // The first two gets (locale, ticket) answer after 7 s: the npm build gives up at 5 s. No
      // change event comes after loading, so the re-read is the panel's own.
      const app = await preview.open(1002, {
        faults: { getDelayMs: 7_000, getDelayTimes: 2, noInitialEvents: true },
        waitForReady: false,
      });
      await app.getByText('Reading the ticket again…').waitFor({ timeout: 15_000 });
      expect(await app.locator('[data-testid="assessment"]').count()).toBe(0);
      await app.locator(`${READY_PANEL} [data-testid="assessment"]`).waitFor({ timeout: 20_000 });
      expect(await preview.assessment()).toEqual(healthy.assessment);
    } finally {
      await serveZafSdkOffline(preview.page);
    }
  });

  it('brings the panel up when the handshake is answered after 12 s, past its own 10 s timeout', async () => {
    const healthy = await healthyAssessment(1002);
    const app = await preview.open(1002, { faults: { handshakeDelayMs: 12_000 }, waitForReady: false });
    await app.getByTestId('zendesk-timeout').waitFor({ timeout: 15_000 });
    await app.locator(`${READY_PANEL} [data-testid="assessment"]`).waitFor({ timeout: 20_000 });
    expect(await preview.assessment()).toEqual(healthy.assessment);
  });

  it.each([
    ['with the change events Zendesk sends after loading', false],
    ['with no change events after loading', true],
  ])("uses a ticket get answered after 7 s: that ticket's assessment is shown, %s", async (_label, noInitialEvents) => {
    const healthy = await healthyAssessment(1003);
    const app = await preview.open(1003, { faults: { getDelayMs: 7_000, noInitialEvents }, waitForReady: false });
    await app.locator(`${READY_PANEL} [data-testid="assessment"]`).waitFor({ timeout: 20_000 });
    expect(await preview.assessment()).toEqual(healthy.assessment);
    expect(await app.getByTestId('read-error').count()).toBe(0);
    expect(await ticketGets()).toHaveLength(1);
  });
});

describe("Insert respects the agent's draft", () => {
  it('keeps an internal note with text internal, says so, and switches only on the agent\'s click', async () => {
    const app = await preview.open(1002, { faults: { missingMacros: [LICENSING.slug!] } });
    await preview.page.evaluate((text) => window.__zafHost!.setTicket({ 'comment.text': text, 'comment.type': 'internalNote' }), INTERNAL_NOTE);
    await app.getByRole('button', { name: `Insert ${LICENSING_TITLE}` }).click();

    await app.getByText('Added to your internal note. Switch to Public reply to send it.').waitFor();
    const kept = await composer();
    expect(kept.type).toBe('internalNote');
    expect(kept.text.startsWith(INTERNAL_NOTE)).toBe(true);
    expect(kept.text).toContain(LICENSING.body);

    await app.getByRole('button', { name: 'Switch to Public reply' }).click();
    await app.getByText('The reply is now public.').waitFor();
    await expect.poll(async () => (await composer()).type).toBe('publicReply');
  });

  it.each([
    ['an empty internal draft', ''],
    ['an internal draft with text', INTERNAL_NOTE],
  ])('leaves %s exactly as it was when the append fails', async (_label, text) => {
    const app = await preview.open(1002, {
      faults: { missingMacros: [LICENSING.slug!], invokeErrors: { 'ticket.comment.appendText': 'The composer is busy' } },
    });
    await preview.page.evaluate((draft) => window.__zafHost!.setTicket({ 'comment.text': draft, 'comment.type': 'internalNote' }), text);
    await app.getByRole('button', { name: `Insert ${LICENSING_TITLE}` }).click();

    await app.getByText('your draft is as it was', { exact: false }).waitFor();
    expect(await composer()).toMatchObject({ text, type: 'internalNote' });
  });

  it("says before the click when the account's public macro would make an internal draft public", async () => {
    const app = await preview.open(1002);
    await preview.page.evaluate((text) => window.__zafHost!.setTicket({ 'comment.text': text, 'comment.type': 'internalNote' }), INTERNAL_NOTE);
    // The pointer may still rest where an earlier test clicked: move it off, then onto Insert.
    await preview.page.mouse.move(0, 0);
    await app.getByRole('button', { name: `Insert ${LICENSING_TITLE}` }).hover();

    await app.getByTestId('macro-makes-public').waitFor();
    const invoked = await preview.page.evaluate(() => window.__zafHost!.counts['invoke:macro'] ?? 0);
    expect(invoked).toBe(0);
  });
});
