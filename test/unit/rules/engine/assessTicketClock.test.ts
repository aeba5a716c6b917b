// The sidebar assesses in two steps: without the first-response clock for the first paint, then
// with the clock fetched after it. Both steps give exactly what assess() gives.
import { describe, expect, it } from 'vitest';
import { assess } from '../../../../src/rules/assess';
import { assessTicket, loadFirstResponseClock } from '../../../../src/rules/sidebar';
import { DEFAULT_RULEBOOK } from '../../../../src/rules/rulebook/defaultRulebook';
import { PINNED_CONFIG, ticket, NOW } from './build';

describe("the sidebar's two-step assessment", () => {
  const spec = {
    type: 'bug_report' as const,
    plan: 'enterprise',
    subject: 'Crash on save',
    description: 'It crashes.',
    createdAt: '2026-11-25T18:00:00Z',
  };

  it('first without the clock, as assess(..., { dueTime: false })', () => {
    expect(assessTicket(ticket(spec), DEFAULT_RULEBOOK, PINNED_CONFIG, NOW, null)).toEqual(
      assess(ticket(spec), DEFAULT_RULEBOOK, PINNED_CONFIG, NOW, { dueTime: false }),
    );
  });

  it('then with the fetched clock, as assess()', async () => {
    const clock = await loadFirstResponseClock();
    const full = assessTicket(ticket(spec), DEFAULT_RULEBOOK, PINNED_CONFIG, NOW, clock);
    expect(full.firstResponseDue).not.toBeNull();
    expect(full).toEqual(assess(ticket(spec), DEFAULT_RULEBOOK, PINNED_CONFIG, NOW));
  });
});
