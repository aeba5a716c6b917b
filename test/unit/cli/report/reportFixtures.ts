// Small hand-made assessments for the report tests: only what a test is about differs.
import type { Assessment } from '../../../../src/rules/types';
import type { ReportMeta, ReportRow } from '../../../../src/cli/report/reportTypes';

export function assessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    ticketId: null,
    requestType: 'how_to',
    confidence: 'high',
    owner: 'cs',
    severity: 3,
    priority: 'low',
    firstResponseTarget: '2 business days',
    firstResponseDue: null,
    firstResponseState: null,
    firstResponseAt: null,
    priorityCheck: { current: 'low', suggested: 'low', verdict: 'matches' },
    bestEffort: false,
    flags: [],
    macros: [],
    reasons: [],
    warnings: [],
    engineFailed: false,
    ...overrides,
  };
}

export function row(
  id: number | null,
  subject: string,
  overrides: Partial<Assessment> = {},
  line = 1,
): ReportRow {
  return { ticket: { id, subject, line }, assessment: assessment({ ticketId: id, ...overrides }) };
}

export const META: ReportMeta = {
  source: 'tickets.jsonl',
  now: '2026-11-26T12:00:00.000Z',
  rulebook: 'default rulebook',
  skippedLines: 0,
};

/** Needs a DOM: test files using it run in `@vitest-environment jsdom`. */
export function parseReport(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Every `data-count-for` hook and its number. */
export function readCounts(document: Document): Map<string, number> {
  const counts = new Map<string, number>();
  for (const element of document.querySelectorAll('[data-count-for]')) {
    counts.set(element.getAttribute('data-count-for') ?? '', Number(element.textContent));
  }
  return counts;
}
