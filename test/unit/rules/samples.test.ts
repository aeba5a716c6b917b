// Every sample ticket meets every key of its `expected`, checked THROUGH the dry-run command, as
// the "done when" asks. A failure names the ticket id, the key, what was expected and got.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Assessment } from '../../../src/rules/types';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const samplesPath = 'test/fixtures/samples/tickets.jsonl';

interface Expected {
  requestType?: string;
  requestType_in?: string[];
  owner?: string;
  severity?: number;
  severity_in?: number[];
  priority?: string;
  bestEffort?: boolean;
  flags_include?: string[];
  macros_include?: string[];
  priorityCheck?: string;
}

const samples = readFileSync(`${root}${samplesPath}`, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as { id: number; expected: Expected });

/** Each unmet expectation as one readable line. */
function unmet(expected: Expected, a: Assessment): string[] {
  const misses: string[] = [];
  const check = (key: string, ok: boolean, want: unknown, got: unknown) => {
    if (!ok) misses.push(`${key}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  };
  if (expected.requestType !== undefined) check('requestType', a.requestType === expected.requestType, expected.requestType, a.requestType);
  if (expected.requestType_in) check('requestType_in', expected.requestType_in.includes(a.requestType), expected.requestType_in, a.requestType);
  if (expected.owner !== undefined) check('owner', a.owner === expected.owner, expected.owner, a.owner);
  if (expected.severity !== undefined) check('severity', a.severity === expected.severity, expected.severity, a.severity);
  if (expected.severity_in) check('severity_in', expected.severity_in.includes(a.severity), expected.severity_in, a.severity);
  if (expected.priority !== undefined) check('priority', a.priority === expected.priority, expected.priority, a.priority);
  if (expected.bestEffort !== undefined) check('bestEffort', a.bestEffort === expected.bestEffort, expected.bestEffort, a.bestEffort);
  if (expected.flags_include) check('flags_include', expected.flags_include.every((f) => a.flags.includes(f)), expected.flags_include, a.flags);
  if (expected.macros_include) check('macros_include', expected.macros_include.every((m) => a.macros.includes(m)), expected.macros_include, a.macros);
  if (expected.priorityCheck !== undefined) check('priorityCheck', a.priorityCheck?.verdict === expected.priorityCheck, expected.priorityCheck, a.priorityCheck?.verdict ?? null);
  return misses;
}

describe('the 40 sample tickets through the dry-run command', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/assess.ts', samplesPath, '--now', '2026-11-26T12:00:00Z'], {
    cwd: root,
    encoding: 'utf8',
  });
  const assessments = run.stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Assessment);

  it('runs cleanly and prints one assessment per ticket, in input order', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(assessments.map((a) => a.ticketId)).toEqual(samples.map((s) => s.id));
  });

  it.each(samples.map((s, i) => [s.id, i] as const))('ticket %i meets its expected keys', (id, index) => {
    const assessment = assessments[index];
    expect(assessment?.ticketId, `ticket ${id} missing from the output`).toBe(id);
    const misses = unmet(samples[index]!.expected, assessment!);
    expect(misses, `ticket ${id}:\n  ${misses.join('\n  ')}`).toEqual([]);
  });
});
