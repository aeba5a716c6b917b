import fc from 'fast-check';
import { assess } from '../../../../src/rules/assess';
import { DEFAULT_CONFIG } from '../../../../src/rules/defaultConfig';
import { fromApiTicket } from '../../../../src/rules/normalize/index';
import { DEFAULT_RULEBOOK } from '../../../../src/rules/rulebook/defaultRulebook';
import type { Assessment, EngineConfig, Rulebook, Ticket } from '../../../../src/rules/types';
import { CONFIDENCES, OWNERS, PRIORITIES, REQUEST_TYPES, SEVERITIES } from '../../../../src/rules/types';
import { apiTicket, NOW } from './build';

function wellFormed(a: Assessment) {
  expect(REQUEST_TYPES).toContain(a.requestType);
  expect(CONFIDENCES).toContain(a.confidence);
  expect(OWNERS).toContain(a.owner);
  expect(SEVERITIES).toContain(a.severity);
  expect(PRIORITIES).toContain(a.priority);
  expect(Array.isArray(a.flags) && Array.isArray(a.macros) && Array.isArray(a.reasons) && Array.isArray(a.warnings)).toBe(true);
  expect(a.macros.length).toBeLessThanOrEqual(DEFAULT_CONFIG.maxSuggestions);
}

/** Ticket-shaped JSON where any field may be missing, null, or of the wrong type. */
const messyTicket = fc.record(
  {
    id: fc.oneof(fc.integer(), fc.string(), fc.constant(null)),
    subject: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constantFrom('URGENT!!! down for everyone', 'How do I?')),
    description: fc.oneof(fc.string({ maxLength: 400 }), fc.array(fc.string()), fc.constant(null), fc.constantFrom('<script>x</script> on version 5.3', '> quoted\n-- \nsig')),
    priority: fc.oneof(fc.constantFrom('low', 'normal', 'high', 'urgent', '-', ''), fc.integer(), fc.constant(null)),
    status: fc.oneof(fc.string(), fc.constant(null)),
    tags: fc.oneof(fc.array(fc.oneof(fc.string(), fc.integer())), fc.string(), fc.constant(null)),
    created_at: fc.oneof(fc.string(), fc.constant('2026-01-01T00:00:00Z'), fc.integer(), fc.constant(null)),
    via: fc.oneof(fc.record({ channel: fc.oneof(fc.string(), fc.integer()) }), fc.string()),
    organization: fc.oneof(
      fc.constant(null),
      fc.string(),
      fc.record({
        name: fc.oneof(fc.string(), fc.integer()),
        tags: fc.oneof(fc.array(fc.string()), fc.integer()),
        organization_fields: fc.oneof(
          fc.dictionary(fc.constantFrom('support_plan', 'deployment', 'customer_engineer', 'x'), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string()))),
          fc.string(),
        ),
      }),
    ),
    requester: fc.oneof(fc.record({ email: fc.oneof(fc.string(), fc.integer()), role: fc.string() }), fc.constant(null)),
    custom_fields: fc.oneof(fc.array(fc.record({ id: fc.oneof(fc.integer(), fc.string()), value: fc.anything() })), fc.string(), fc.constant(null)),
  },
  { requiredKeys: [] },
);

describe('assess()', () => {
  it('never throws and always returns a well-formed assessment, for random and malformed tickets', () => {
    fc.assert(
      fc.property(fc.oneof(messyTicket, fc.anything()), (json) => {
        wellFormed(assess(fromApiTicket(json), DEFAULT_RULEBOOK, DEFAULT_CONFIG, NOW));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a ticket object that bypassed normalization, or on a broken rulebook and config', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (junkTicket, junkRulebook) => {
        wellFormed(assess(junkTicket as Ticket, junkRulebook as Rulebook, DEFAULT_CONFIG, new Date(Number.NaN)));
      }),
      { numRuns: 200 },
    );
  });

  it('an internal failure gives a conservative assessment with a warning', () => {
    const exploding = {
      ...DEFAULT_RULEBOOK,
      get owner(): never {
        throw new Error('boom');
      },
    } as Rulebook;
    const a = assess(fromApiTicket(apiTicket({ subject: 'Search is down' })), exploding, DEFAULT_CONFIG, NOW);
    expect(a).toMatchObject({ requestType: 'unknown', confidence: 'low', owner: 'cs', macros: [] });
    expect(a.warnings[0]).toMatch(/internal error: boom/);
    expect(a.reasons.every((r) => r.ruleId === 'engine.error')).toBe(true);
  });

  it('a ticket that is not the normalized shape is read field by field: bad fields cost warnings only', () => {
    const good = fromApiTicket(apiTicket({ subject: 'Docker Swarm: frontend crashes after upgrade' }));
    const messy = { ...good, status: 42, tags: 'swarm', organization: 'Acme', customFields: [1, 2] } as unknown as Ticket;
    const a = assess(messy, DEFAULT_RULEBOOK, DEFAULT_CONFIG, NOW);
    expect(a.reasons.some((r) => r.ruleId === 'engine.error')).toBe(false);
    expect(a.flags).toContain('best-effort:docker-swarm');
    expect(a.warnings).toEqual(expect.arrayContaining(['status: expected a string, got number', 'tags: expected a list of strings, got string']));

    const nothing = assess(null as unknown as Ticket, DEFAULT_RULEBOOK, DEFAULT_CONFIG, NOW);
    expect(nothing).toMatchObject({ requestType: 'unknown', confidence: 'low', owner: 'cs' });
    expect(nothing.warnings).toContain('ticket: expected an object, got null');
  });

  it('same input, same output', () => {
    fc.assert(
      fc.property(messyTicket, (json) => {
        const first = assess(fromApiTicket(json), DEFAULT_RULEBOOK, DEFAULT_CONFIG, NOW);
        const second = assess(fromApiTicket(structuredClone(json)), DEFAULT_RULEBOOK, DEFAULT_CONFIG, NOW);
        expect(second).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });

  it('explains every output field in reasons, each flag and each macro', () => {
    const a = assess(
      fromApiTicket(apiTicket({ priority: 'low', subject: 'URGENT!!! Docker Swarm cluster is down for everyone', createdAt: '2026-10-01T00:00:00Z' })),
      DEFAULT_RULEBOOK,
      DEFAULT_CONFIG,
      NOW,
    );
    const fields = new Set(a.reasons.map((r) => r.field));
    for (const field of ['requestType', 'confidence', 'owner', 'severity', 'priority', 'firstResponseTarget', 'priorityCheck', 'bestEffort']) {
      expect(fields, field).toContain(field);
    }
    expect(a.flags.length).toBeGreaterThan(0);
    for (const flag of a.flags) expect(fields, flag).toContain(`flag:${flag}`);
    for (const macro of a.macros) expect(fields, macro).toContain(`macro:${macro}`);
    for (const reason of a.reasons) expect(reason.ruleId).not.toBe('');
  });

  it('keeps the ticket id and passes input warnings through', () => {
    const a = assess(fromApiTicket({ id: 7, subject: 12 }), DEFAULT_RULEBOOK, DEFAULT_CONFIG, NOW);
    expect(a.ticketId).toBe(7);
    expect(a.warnings.some((w) => w.includes('subject'))).toBe(true);
  });

  it('a macro library that is not a list offers no macros but assesses the ticket normally', () => {
    const broken = { ...DEFAULT_RULEBOOK, macroLibrary: { slug: 'x' } } as unknown as Rulebook;
    const a = assess(fromApiTicket(apiTicket({ subject: 'Docker Swarm cluster is down for everyone' })), broken, DEFAULT_CONFIG, NOW);
    expect(a.warnings.filter((w) => w.includes('internal error'))).toEqual([]);
    expect(a.reasons.some((r) => r.ruleId === 'engine.error')).toBe(false);
    expect(a.macros).toEqual([]);
  });

  it('reads the macro library afresh: renaming a slug in place drops the macro it named', () => {
    const library = DEFAULT_RULEBOOK.macroLibrary.map((m) => ({ ...m }));
    const rulebook: Rulebook = { ...DEFAULT_RULEBOOK, macroLibrary: library };
    const json = apiTicket({ priority: 'low', subject: 'URGENT!!! Docker Swarm cluster is down for everyone', createdAt: '2026-10-01T00:00:00Z' });
    const before = assess(fromApiTicket(json), rulebook, DEFAULT_CONFIG, NOW).macros;
    expect(before.length).toBeGreaterThan(0);
    const renamed = library.find((m) => m.slug === before[0]);
    if (!renamed) throw new Error('suggested macro is not in the library');
    renamed.slug = 'renamed-in-place';
    expect(assess(fromApiTicket(json), rulebook, DEFAULT_CONFIG, NOW).macros).not.toContain(before[0]);
  });

  it('stays fast and bounded on a 1 MB description', () => {
    const huge = 'Search is down. '.repeat(70_000);
    const a = assess(fromApiTicket({ id: 1, subject: 'big', description: huge }), DEFAULT_RULEBOOK, DEFAULT_CONFIG, NOW);
    wellFormed(a);
  });

  // Moved from the classifier's own tests: it trusts its input now, and assess is the one edge
  // that must not throw whatever it is given.
  it('never throws on odd input that reaches the classifier', () => {
    const odd = { ...fromApiTicket(apiTicket({ subject: 'x', description: 'y' })), tags: null, customFields: null, organization: 5 } as unknown as Ticket;
    const pinned = { ...DEFAULT_CONFIG, requestType: [{ from: 'custom_field' as const, id: '1' }] };
    wellFormed(assess(odd, DEFAULT_RULEBOOK, pinned, NOW));
    wellFormed(assess(fromApiTicket(apiTicket({ subject: 'x', description: 'y' })), DEFAULT_RULEBOOK, null as unknown as EngineConfig, NOW));
    wellFormed(assess(fromApiTicket(apiTicket({ subject: 'x', description: 'y' })), DEFAULT_RULEBOOK, { ...DEFAULT_CONFIG, requestType: [null, 3, { from: 'tag_prefix', prefix: '' }] } as unknown as EngineConfig, NOW));
  });
});
