import { describe, expect, it } from 'vitest';
import { classifyRequest } from '../../../src/rules/classify';
import { fromApiTicket } from '../../../src/rules/normalize';
import type { EngineConfig } from '../../../src/rules/types';
import { readJsonLines } from '../../fixtures/readJsonLines';

// Our own tickets in real-customer wording (typos, quoted history, signatures, log dumps, HTML,
// non-native English, "pls help"): the set the cue table is tuned on, beyond the samples.
const config: EngineConfig = { requestType: [], plan: [], deployment: [], productVersion: [], assignedCe: [], currentMajorVersion: 6, maxSuggestions: 3, scheduleTimeZone: 'America/Los_Angeles', holidays: [] };

interface Realistic {
  id: number;
  subject: string;
  expected: { requestType?: string; requestType_in?: string[]; confidence_in?: string[] };
}

const tickets = readJsonLines<Realistic & Record<string, unknown>>('realistic-tickets.jsonl');

describe('classifyRequest on realistic tickets', () => {
  it('has at least 40 tickets covering every request type', () => {
    expect(tickets.length).toBeGreaterThanOrEqual(40);
    const types = new Set(tickets.flatMap((t) => t.expected.requestType_in ?? [t.expected.requestType]));
    expect(types.size).toBe(16);
  });

  it.each(tickets.map((t) => [t.id, t.subject, t] as const))('%i %s', (_id, _subject, ticket) => {
    const result = classifyRequest(fromApiTicket(ticket), config);
    expect(ticket.expected.requestType_in ?? [ticket.expected.requestType]).toContain(result.requestType);
    if (ticket.expected.confidence_in) expect(ticket.expected.confidence_in).toContain(result.confidence);
    if (result.requestType === 'unknown') expect(result.confidence).toBe('low');
  });
});
