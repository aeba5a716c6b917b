import { assessSpec, PINNED_CONFIG, ticket, NOW } from './build';
import { assess } from '../../../../src/rules/assess';
import { DEFAULT_RULEBOOK } from '../../../../src/rules/rulebook/defaultRulebook';
import { assessTicket, loadFirstResponseClock } from '../../../../src/rules/sidebar';

// The sidebar assesses in two steps: without the first-response clock for the first paint
// (assessTicket with no clock), then with the clock fetched after it, which is exactly assess().
describe("the sidebar's assessment without the first-response clock, then with it", () => {
  const spec = {
    type: 'bug_report' as const,
    plan: 'enterprise',
    subject: 'Crash on save',
    description: 'It crashes.',
    createdAt: '2026-11-25T18:00:00Z',
  };

  it('leaves the three clock fields null and gives no clock reasons', () => {
    const full = assessSpec(spec);
    expect(full.firstResponseDue).not.toBeNull();
    const quick = assessTicket(ticket(spec), DEFAULT_RULEBOOK, PINNED_CONFIG, NOW, null);
    expect([quick.firstResponseDue, quick.firstResponseState, quick.firstResponseAt]).toEqual([
      null,
      null,
      null,
    ]);
    expect(
      quick.reasons.some(
        (reason) =>
          reason.field.startsWith('firstResponse') && reason.field !== 'firstResponseTarget',
      ),
    ).toBe(false);
  });

  it('decides everything else exactly as the full assessment does', () => {
    const full = assessSpec(spec);
    const quick = assessTicket(ticket(spec), DEFAULT_RULEBOOK, PINNED_CONFIG, NOW, null);
    const clockFields = new Set(['firstResponseDue', 'firstResponseState', 'firstResponseAt']);
    expect({
      ...quick,
      firstResponseDue: full.firstResponseDue,
      firstResponseState: full.firstResponseState,
      firstResponseAt: full.firstResponseAt,
      reasons: quick.reasons,
    }).toEqual({
      ...full,
      reasons: full.reasons.filter((reason) => !clockFields.has(reason.field)),
    });
  });

  it('then, with the fetched clock, gives exactly what assess() gives', async () => {
    const clock = await loadFirstResponseClock();
    const full = assessTicket(ticket(spec), DEFAULT_RULEBOOK, PINNED_CONFIG, NOW, clock);
    expect(full.firstResponseDue).not.toBeNull();
    expect(full).toEqual(assess(ticket(spec), DEFAULT_RULEBOOK, PINNED_CONFIG, NOW));
  });
});
