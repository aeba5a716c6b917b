import { describe, expect, it } from 'vitest';
import { classifyRequest } from '../../../src/rules/classify';
import { fromApiTicket } from '../../../src/rules/normalize';
import type { EngineConfig } from '../../../src/rules/types';
import { readJsonLines } from '../../fixtures/readJsonLines';

// The 40 project samples (a copy of ../shared/samples/tickets.jsonl): the classifier alone must
// already give each one its expected request type.
const config: EngineConfig = { requestType: [], plan: [], deployment: [], productVersion: [], assignedCe: [], currentMajorVersion: 6, maxSuggestions: 3, scheduleTimeZone: 'America/Los_Angeles', holidays: [] };

interface Sample {
  id: number;
  subject: string;
  expected: { requestType?: string; requestType_in?: string[] };
}

const samples = readJsonLines<Sample & Record<string, unknown>>('samples/tickets.jsonl');

describe('classifyRequest on the samples', () => {
  it('has all 40 samples', () => {
    expect(samples).toHaveLength(40);
  });

  it.each(samples.map((s) => [s.id, s.subject, s] as const))('%i %s', (_id, _subject, sample) => {
    const allowed = sample.expected.requestType_in ?? [sample.expected.requestType];
    const result = classifyRequest(fromApiTicket(sample), config);
    expect(allowed).toContain(result.requestType);
    expect(result.evidence.length).toBeGreaterThan(0);
  });
});
