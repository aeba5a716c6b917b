// support-policy §3 "Due time arithmetic": one test per worked example, daylight saving time in
// March and November, holidays, and the state of the clock. Severity and plan are given directly,
// so these tests do not depend on the classifier.
import { firstResponseClock } from '../../../../src/rules/clock/firstResponseClock';
import { DEFAULT_CONFIG } from '../../../../src/rules/defaultConfig';
import type { Plan } from '../../../../src/rules/facts/types';
import { fromApiTicket } from '../../../../src/rules/normalize/index';
import type { EngineConfig, Severity } from '../../../../src/rules/types';

const NOW = new Date('2026-11-26T12:00:00Z');

function due(createdAt: string, severity: Severity, plan: Plan, config: Partial<EngineConfig> = {}) {
  const ticket = fromApiTicket({ subject: 's', description: 'd', created_at: createdAt });
  return firstResponseClock(ticket, severity, plan, { ...DEFAULT_CONFIG, ...config }, NOW).due;
}

describe('worked examples of support-policy §3', () => {
  it('Sev1 Enterprise, Friday 2026-03-06 16:00 PST: 1 hour Friday, 3 from Sunday 14:00 PDT → 2026-03-09T00:00:00Z', () => {
    expect(due('2026-03-07T00:00:00Z', 1, 'enterprise')).toBe('2026-03-09T00:00:00Z');
  });

  it('Sev2 other paid plan, Wednesday 2026-11-25 15:00 PST: 2 + 9 + 7 hours → Friday 15:00 PST = 2026-11-27T23:00:00Z', () => {
    expect(due('2026-11-25T23:00:00Z', 2, 'other_paid')).toBe('2026-11-27T23:00:00Z');
  });
});

describe('daylight saving time in America/Los_Angeles', () => {
  it('March, business hours: Friday 12:00 PST, 5 hours Friday, 4 from Monday 08:00 PDT → 12:00 PDT', () => {
    // 1 business day = 9 hours on 08:00–17:00.
    expect(due('2026-03-06T20:00:00Z', 0, 'other_paid')).toBe('2026-03-09T19:00:00Z');
  });

  it('March, 24x7: two real hours across the skipped hour (01:30 PST → 04:30 PDT)', () => {
    expect(due('2026-03-08T09:30:00Z', 0, 'premium')).toBe('2026-03-08T11:30:00Z');
  });

  it('November, 24x5: opens Sunday 2026-11-01 14:00 PST (after the clocks went back) → due 18:00 PST', () => {
    expect(due('2026-10-31T17:00:00Z', 1, 'enterprise')).toBe('2026-11-02T02:00:00Z');
  });

  it('November, 24x7: four real hours across the repeated hour (00:30 PDT → 03:30 PST)', () => {
    expect(due('2026-11-01T07:30:00Z', 1, 'premium')).toBe('2026-11-01T11:30:00Z');
  });

  it('November, business hours: Friday 2026-10-30 16:00 PDT, 1 hour Friday, 8 from Monday 08:00 PST → 16:00 PST', () => {
    expect(due('2026-10-30T23:00:00Z', 1, 'other_paid')).toBe('2026-11-03T00:00:00Z');
  });
});

describe('holidays and schedules', () => {
  it('a holiday closes the business schedule for the whole local day (Thanksgiving 2026-11-26)', () => {
    // 2 hours Wednesday, Thursday closed, 9 Friday, 7 Monday → Monday 15:00 PST.
    expect(due('2026-11-25T23:00:00Z', 2, 'other_paid', { holidays: ['2026-11-26'] })).toBe('2026-11-30T23:00:00Z');
  });

  it('a holiday closes the 24x5 schedule too, and its reason names the holiday', () => {
    const ticket = fromApiTicket({ subject: 's', description: 'd', created_at: '2026-12-24T17:00:00Z' });
    const clock = firstResponseClock(ticket, 1, 'enterprise', { ...DEFAULT_CONFIG, holidays: ['2026-12-25'] }, NOW);
    // Thursday 09:00 PST + 4 hours = 13:00 PST, before the holiday: unchanged.
    expect(clock.due).toBe('2026-12-24T21:00:00Z');
    // Sev2 (8 hours) created Thursday 20:00 PST: 4 hours Thursday, Friday (the holiday) and
    // Saturday closed, 4 more from Sunday 14:00 → Sunday 18:00 PST.
    const late = fromApiTicket({ subject: 's', description: 'd', created_at: '2026-12-25T04:00:00Z' });
    const lateClock = firstResponseClock(late, 2, 'enterprise', { ...DEFAULT_CONFIG, holidays: ['2026-12-25'] }, NOW);
    expect(lateClock.due).toBe('2026-12-28T02:00:00Z');
    expect(lateClock.reasons.find((r) => r.field === 'firstResponseDue')?.evidence).toContain('holiday: 2026-12-25');
  });

  it('holidays do not close the 24x7 calendar of Premium Sev0', () => {
    expect(due('2026-12-25T17:00:00Z', 0, 'premium', { holidays: ['2026-12-25'] })).toBe('2026-12-25T19:00:00Z');
  });

  it('a ticket created on a weekend starts counting when the schedule next opens', () => {
    // Saturday 2026-11-28 10:00 PST, other paid Sev3 = 27 hours: Monday, Tuesday and Wednesday 08:00–17:00.
    expect(due('2026-11-28T18:00:00Z', 3, 'other_paid')).toBe('2026-12-03T01:00:00Z');
  });

  it('Enterprise Sev3 is 2 business days = 48 hours inside 24x5', () => {
    // Monday 2026-11-23 09:00 PST + 48 h = Wednesday 09:00 PST.
    expect(due('2026-11-23T17:00:00Z', 3, 'enterprise')).toBe('2026-11-25T17:00:00Z');
  });

  it('another schedule time zone moves the opening hours with it', () => {
    // Wednesday 2026-11-25 15:00 in Berlin (14:00Z), other paid Sev2 = 18 hours: 2 + 9 + 7 → Friday 15:00 CET.
    expect(due('2026-11-25T14:00:00Z', 2, 'other_paid', { scheduleTimeZone: 'Europe/Berlin' })).toBe('2026-11-27T14:00:00Z');
  });

  it('no due time without a target or a creation time', () => {
    expect(due('2026-11-25T23:00:00Z', 1, 'unknown')).toBeNull();
    expect(due('2026-11-25T23:00:00Z', 1, 'trial')).toBeNull();
    const ticket = fromApiTicket({ subject: 's', description: 'd' });
    expect(firstResponseClock(ticket, 1, 'enterprise', DEFAULT_CONFIG, NOW)).toMatchObject({ due: null, state: null, at: null });
  });
});

describe('the state of the clock', () => {
  const created = '2026-11-25T23:00:00Z'; // due 2026-11-27T23:00:00Z as Sev2 on another paid plan
  const users = [
    { id: 1, role: 'end-user' },
    { id: 2, role: 'agent' },
  ];
  const opening = { author_id: 1, public: true, body: 'It is broken.', created_at: created };
  const clock = (comments: unknown[], now: string) =>
    firstResponseClock(
      fromApiTicket({ subject: 's', description: 'd', created_at: created, requester_id: 1, comments, users }),
      2,
      'other_paid',
      DEFAULT_CONFIG,
      new Date(now),
    );

  it('pending before the due time, overdue after it', () => {
    expect(clock([opening], '2026-11-27T22:59:00Z')).toMatchObject({ state: 'pending', at: null });
    expect(clock([opening], '2026-11-27T23:01:00Z')).toMatchObject({ state: 'overdue', at: null });
  });

  it('met once a public agent reply exists, on time or late; firstResponseAt is its time', () => {
    const reply = { author_id: 2, public: true, body: 'We are looking at the logs you sent; next, please …', created_at: '2026-11-26T18:30:00Z' };
    expect(clock([opening, reply], '2026-11-30T00:00:00Z')).toMatchObject({ state: 'met', at: '2026-11-26T18:30:00Z', due: '2026-11-27T23:00:00Z' });
    const late = { ...reply, created_at: '2026-11-28T01:00:00Z' };
    const result = clock([opening, late], '2026-11-30T00:00:00Z');
    expect(result).toMatchObject({ state: 'met', at: '2026-11-28T01:00:00Z' });
    expect(result.reasons.find((r) => r.field === 'firstResponseAt')?.text).toContain('after the due time');
  });

  it('internal notes, the requester, end users and automated comments are not a first response', () => {
    const note = { author_id: 2, public: false, body: 'internal', created_at: '2026-11-26T10:00:00Z' };
    const requester = { author_id: 1, public: true, body: 'any news?', created_at: '2026-11-26T11:00:00Z' };
    const trigger = { author_id: 2, public: true, body: 'We received your request.', created_at: '2026-11-26T00:00:00Z', via: { channel: 'rule', source: { rel: 'trigger' } } };
    expect(clock([opening, note, requester, trigger], '2026-11-26T12:00:00Z')).toMatchObject({ state: 'pending', at: null });
  });
});

describe("independent of the machine's time zone", () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it.each(['Asia/Tokyo', 'Australia/Lord_Howe', 'America/New_York'])('the worked examples under TZ=%s', (tz) => {
    process.env.TZ = tz;
    // The process really runs in that zone now (Pacific would be +480 minutes in January).
    expect(new Date(2026, 0, 1).getTimezoneOffset()).not.toBe(480);
    expect(due('2026-03-07T00:00:00Z', 1, 'enterprise')).toBe('2026-03-09T00:00:00Z');
    expect(due('2026-11-25T23:00:00Z', 2, 'other_paid')).toBe('2026-11-27T23:00:00Z');
    expect(due('2026-11-01T07:30:00Z', 1, 'premium')).toBe('2026-11-01T11:30:00Z');
  });
});
