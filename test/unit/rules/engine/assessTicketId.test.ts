// assess() may be handed raw objects: whatever sits in `id`, the assessment's ticketId is a
// positive whole number or null, and a bad id leaves a warning.
import { assess } from '../../../../src/rules/assess';
import { DEFAULT_CONFIG } from '../../../../src/rules/defaultConfig';
import { DEFAULT_RULEBOOK } from '../../../../src/rules/rulebook/defaultRulebook';
import type { Ticket } from '../../../../src/rules/types';
import { NOW, ticket } from './build';

const withId = (id: unknown) => ({ ...ticket({ type: 'how_to' }), id }) as unknown as Ticket;

describe('assess() ticket id', () => {
  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['a numeric string', '1234'],
    ['a boolean', true],
    ['zero', 0],
    ['a negative number', -5],
    ['a fraction', 1.5],
    ['NaN', Number.NaN],
    ['an object', { id: 1 }],
  ])('%s becomes null with a warning', (_name, id) => {
    const assessment = assess(withId(id), DEFAULT_RULEBOOK, DEFAULT_CONFIG, NOW);
    expect(assessment.ticketId).toBeNull();
    expect(assessment.warnings).toContainEqual(expect.stringMatching(/^id: expected a (positive )?whole number/));
  });

  it('a positive whole number passes, and null (a new ticket) passes quietly', () => {
    expect(assess(withId(42), DEFAULT_RULEBOOK, DEFAULT_CONFIG, NOW).ticketId).toBe(42);
    const fresh = assess(withId(null), DEFAULT_RULEBOOK, DEFAULT_CONFIG, NOW);
    expect(fresh.ticketId).toBeNull();
    expect(fresh.warnings.filter((w) => w.startsWith('id:'))).toEqual([]);
  });
});
