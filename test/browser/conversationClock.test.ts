// Issue 12 in the browser, against the preview host: the first-response clock ticks and turns
// overdue under Playwright's fake clock, a customer's follow-up raises severity live, an agent's
// public reply flips the clock to "sent" (one comments request), and the customer's other open
// tickets appear after the assessment (a failing search is one quiet line).
import type { SampleTicket } from '../../preview/host/SampleTicket';
import { setUpPreview } from './support/setUpPreview';

const preview = setUpPreview();

// Premium: Sev 0 and Sev 1 count on the calendar (24x7), two hours for a Sev 0.
const CREATED = '2026-12-01T10:00:00Z';
const premium = { id: 9101, name: 'Premium Co', tags: ['premium'], organization_fields: { support_plan: 'premium' } };
const ticket = (id: number, subject: string, description: string): SampleTicket => ({
  id,
  subject,
  description,
  priority: null,
  status: 'open',
  created_at: CREATED,
  updated_at: CREATED,
  organization: premium,
  organization_id: premium.id,
  requester: { email: `customer${id}@premium.example`, role: 'end-user' },
});
const OUTAGE = ticket(880001, 'Production is down', 'Production is down for all users since the upgrade, nobody can log in.');
const SOME_USERS = ticket(880002, 'Search results are missing', 'Some search results are missing for a few users. We get an error in the logs.');

const clock = () => preview.app().locator('[data-testid="first-response-clock"]');
const clockText = () => preview.app().locator('[data-testid="first-response-clock-text"]');
const hostCount = (prefix: string) =>
  preview.page.evaluate((start) => window.__zafHost!.log.filter((entry) => entry.kind.startsWith(start)).length, prefix);

describe('the first-response clock and the conversation', () => {
  beforeAll(async () => {
    // 11:30, half an hour before the outage's due time; the clock flows until the test moves it.
    await preview.page.clock.install({ time: new Date('2026-12-01T11:30:00Z') });
    await preview.page.reload();
    await preview.page.waitForSelector('body[data-preview-ready="true"]');
  });

  it('ticks near the due time and turns overdue, without re-reading the ticket', async () => {
    await preview.open(OUTAGE);
    expect((await preview.assessment()).severity).toBe('0');
    await expect.poll(() => clock().getAttribute('data-state')).toBe('soon');
    expect(await clockText().textContent()).toMatch(/^Reply due .+ \(in (30|29) min\)$/);
    const gets = await hostCount('get');

    await preview.page.clock.fastForward('10:00');
    await expect.poll(() => clockText().textContent()).toMatch(/\(in (20|19) min\)$/);
    await preview.page.clock.fastForward('25:00');
    await expect.poll(() => clock().getAttribute('data-state')).toBe('overdue');
    expect(await clockText().textContent()).toMatch(/^Reply overdue by \d+ min \(due .+\)$/);
    // The live region says the state, not the countdown.
    expect(await preview.app().locator('[data-testid="first-response-clock"] [role="status"]').textContent()).toMatch(/^First reply overdue: it was due .+\.$/);
    expect(await hostCount('get')).toBe(gets);
  });

  it('a customer follow-up "now it is down for all users" raises severity live', async () => {
    await preview.open(SOME_USERS);
    expect((await preview.assessment()).severity).toBe('2');
    await preview.page.evaluate(() =>
      window.__zafHost!.addComment({ body: 'Update: now it is down for all users.', author: 'customer' }),
    );
    await expect.poll(async () => (await preview.assessment()).severity, { timeout: 10_000 }).toBe('0');
    // Only customers write: nothing to ask the comments endpoint.
    expect(await hostCount('request:GET /api/v2/tickets/')).toBe(0);
  });

  it("an agent's public reply flips the clock to sent, with one comments request", async () => {
    await preview.open(SOME_USERS);
    expect(await clock().getAttribute('data-state')).not.toBe('sent');
    await preview.page.evaluate(() =>
      window.__zafHost!.addComment({ body: 'Thanks, we are looking into it.', author: 'agent', public: true }),
    );
    await expect.poll(() => clock().getAttribute('data-state'), { timeout: 10_000 }).toBe('sent');
    expect(await clockText().textContent()).toMatch(/^First response sent .+\d\d:\d\d$/);
    expect(await hostCount('request:GET /api/v2/tickets/880002/comments')).toBe(1);
  });

  it("lists the customer's other open tickets after the assessment, and opens one", async () => {
    const app = await preview.open(1001);
    const items = app.locator('[data-testid="related-ticket"]');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await items.count()).toBeLessThanOrEqual(5);
    expect(await hostCount('request:GET /api/v2/search')).toBe(1);
    const firstId = Number(await items.first().getAttribute('data-id'));
    expect(firstId).not.toBe(1001);
    await items.first().getByRole('button').click();
    await expect.poll(() => preview.page.evaluate(() => window.__zafHost!.routedTo)).toEqual([firstId]);
  });

  it('a failing search leaves one quiet line', async () => {
    const app = await preview.open(1001, { faults: { failingEndpoints: ['/api/v2/search'] } });
    await expect.poll(() => app.locator('[data-testid="related-tickets-failed"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await app.locator('[data-testid="related-tickets"] [role="alert"]').count()).toBe(0);
    expect(await app.locator('[data-testid="assessment"]').count()).toBe(1);
  });
});
