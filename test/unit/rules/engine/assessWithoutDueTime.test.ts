import { assessSpec, PINNED_CONFIG, ticket, NOW } from './build';
import { assess } from '../../../../src/rules/assess';
import { DEFAULT_RULEBOOK } from '../../../../src/rules/rulebook/defaultRulebook';

describe('assess without the first-response clock (the sidebar before its first paint)', () => {
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
    const quick = assess(ticket(spec), DEFAULT_RULEBOOK, PINNED_CONFIG, NOW, { dueTime: false });
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
    const quick = assess(ticket(spec), DEFAULT_RULEBOOK, PINNED_CONFIG, NOW, { dueTime: false });
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
});
