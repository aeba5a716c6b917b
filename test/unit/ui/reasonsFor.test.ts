// The reasons behind a part of the panel, picked from an assessment's reasons: in order, and for
// an admin's rulebook that raises a flag per rule, hundreds of thousands of them.
import { describe, expect, it } from 'vitest';
import type { Reason } from '../../../src/rules/types';
import { reasonsFor } from '../../../src/ui/panel/reasonsFor';

const reason = (field: string, ruleId = `rule.${field}`): Reason => ({ field, ruleId, text: `${field} because`, evidence: [] });

describe('reasonsFor', () => {
  it("keeps the assessment's order and every reason of the fields asked for", () => {
    const reasons = [reason('owner', 'a'), reason('severity'), reason('flag:x'), reason('owner', 'b'), reason('priority')];
    expect(reasonsFor(reasons, ['priority', 'severity']).map((r) => r.field)).toEqual(['severity', 'priority']);
    expect(reasonsFor(reasons, ['owner']).map((r) => r.ruleId)).toEqual(['a', 'b']);
    expect(reasonsFor(reasons, [])).toEqual([]);
  });

  it('picks the reasons of 200,000 flags (fields passed as one list, not as arguments)', () => {
    const flags = Array.from({ length: 200_000 }, (_, i) => `flag:load-${i}`);
    const reasons = [reason('owner'), ...flags.map((field) => reason(field))];
    const picked = reasonsFor(reasons, flags);
    expect(picked.length).toBe(200_000);
    expect(picked[0]!.field).toBe('flag:load-0');
    expect(picked.at(-1)!.field).toBe('flag:load-199999');
  });
});
