// The worked examples of docs/admin.md are files in docs/rulebook-examples/: each override must
// load without problems and change exactly what the guide says it changes on the example tickets.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assess,
  DEFAULT_CONFIG,
  DEFAULT_RULEBOOK,
  fromApiTicket,
  loadRulebook,
  OPERATORS,
  type Assessment,
} from '../../../src/rules/index';

const EXAMPLES = resolve(import.meta.dirname, '../../../docs/rulebook-examples');
const NOW = new Date('2026-11-26T12:00:00Z');
const TICKETS: unknown[] = readFileSync(resolve(EXAMPLES, 'tickets.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as unknown);

function overrideText(name: string): string {
  return readFileSync(resolve(EXAMPLES, `${name}.json`), 'utf8');
}

function assessAll(name: string | null): Map<number, Assessment> {
  const { rulebook, problems } =
    name === null ? { rulebook: DEFAULT_RULEBOOK, problems: [] } : loadRulebook(overrideText(name));
  expect(problems).toEqual([]);
  const results = TICKETS.map((ticket) =>
    assess(fromApiTicket(ticket), rulebook, DEFAULT_CONFIG, NOW),
  );
  return new Map(results.map((result) => [result.ticketId ?? 0, result]));
}

const defaults = assessAll(null);
const ticketsWithFlag = (results: Map<number, Assessment>, flag: string) =>
  [...results.values()]
    .filter((result) => result.flags.includes(flag))
    .map((result) => result.ticketId);

/** Example name → what it changes, checked against the same tickets without the override. */
const FLAG_EXAMPLES: Record<string, { flag: string; tickets: number[] }> = {
  is_not: { flag: 'opened-by-staff', tickets: [502] },
  less_than: { flag: 'offer-a-call', tickets: [502, 503, 510] },
  greater_than: { flag: 'aging:second-week', tickets: [504] },
  includes: { flag: 'partner-account', tickets: [502] },
  not_includes: { flag: 'awaiting-logs', tickets: [502, 505, 507, 508, 510] },
  present: { flag: 'ce-on-account', tickets: [502] },
  not_present: { flag: 'no-organization', tickets: [505] },
  not_includes_words: { flag: 'no-repro-steps', tickets: [505] },
  // 508 says "not using a Nomad cluster": the negation keeps it out.
  includes_phrase: { flag: 'best-effort:nomad', tickets: [507] },
};

describe('admin guide rulebook examples', () => {
  it('use every operator at least once', () => {
    const used = new Set<string>();
    for (const file of readdirSync(EXAMPLES).filter((name) => name.endsWith('.json'))) {
      const text = readFileSync(resolve(EXAMPLES, file), 'utf8');
      for (const match of text.matchAll(/"operator": "([a-z_]+)"/g)) used.add(match[1] ?? '');
    }
    expect([...used].sort()).toEqual([...OPERATORS].sort());
  });

  it.each(Object.entries(FLAG_EXAMPLES))(
    '%s raises its flag on exactly the documented tickets',
    (name, { flag, tickets }) => {
      expect(ticketsWithFlag(defaults, flag)).toEqual([]);
      expect(ticketsWithFlag(assessAll(name), flag)).toEqual(tickets);
    },
  );

  it('is: mail to the partner desk goes to the CE', () => {
    expect(defaults.get(501)?.owner).toBe('cs');
    expect(assessAll('is').get(501)?.owner).toBe('ce');
  });

  it('includes_words: corrupted data is Sev 1', () => {
    expect(defaults.get(506)?.severity).toBe(2);
    const result = assessAll('includes_words').get(506);
    expect(result?.severity).toBe(1);
    expect(result?.reasons.find((reason) => reason.field === 'severity')?.ruleId).toBe(
      'severity.sev1.data-corruption',
    );
  });

  it('includes_phrase: a Nomad deployment makes the ticket best effort', () => {
    expect(assessAll('includes_phrase').get(507)?.bestEffort).toBe(true);
  });

  it('replace: a rule with a default id replaces it (licensing stays with CS)', () => {
    expect(defaults.get(509)?.owner).toBe('ce');
    expect(assessAll('replace').get(509)?.owner).toBe('cs');
  });

  it('disable: switched-off rules no longer flag or suggest', () => {
    expect(defaults.get(510)?.flags).toContain('severity-pressure');
    expect(defaults.get(510)?.macros).toContain('priority-explained');
    const result = assessAll('disable').get(510);
    expect(result?.flags).not.toContain('severity-pressure');
    expect(result?.macros).not.toContain('priority-explained');
  });
});
