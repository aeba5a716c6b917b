// The dry-run command end to end: a real child process, real files, real exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Assessment } from '../../../src/rules/types';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'assess-cli-'));
const samples = readFileSync(join(root, 'test/fixtures/samples/tickets.jsonl'), 'utf8').trim().split('\n');
const sample = (i: number) => JSON.parse(samples[i]!) as Record<string, unknown>;

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/assess.ts', ...args], { cwd: root, encoding: 'utf8', input });
  const lines = result.stdout.split('\n').filter((l) => l.trim() !== '');
  return { ...result, lines };
}

const NOW = ['--now', '2026-11-26T12:00:00Z'];
const ids = (lines: string[]) => lines.map((l) => (JSON.parse(l) as Assessment).ticketId);

// Each test starts Node with tsx: on a loaded machine that alone takes more than the default 5 s.
describe('npm run assess', { timeout: 60_000 }, () => {
  it('reads JSON Lines: one assessment per line, in input order, extra keys ignored', () => {
    const r = run([file('three.jsonl', `${samples.slice(0, 3).join('\n')}\n`), ...NOW]);
    expect(r.status).toBe(0);
    expect(ids(r.lines)).toEqual([1001, 1002, 1003]);
    expect(JSON.parse(r.lines[0]!)).toMatchObject({ requestType: 'feature_request', owner: 'ce' });
  });

  it('reads a JSON array', () => {
    const r = run([file('array.json', JSON.stringify([sample(4), sample(13)], null, 2)), ...NOW]);
    expect(r.status).toBe(0);
    expect(ids(r.lines)).toEqual([1005, 1014]);
  });

  it('reads a Zendesk export object { "tickets": [...] }', () => {
    const r = run([file('export.json', JSON.stringify({ tickets: [sample(1), sample(0)], count: 2 })), ...NOW]);
    expect(r.status).toBe(0);
    expect(ids(r.lines)).toEqual([1002, 1001]);
  });

  it('reads standard input with "-"', () => {
    const r = run(['-', ...NOW], `${samples[8]}\n`);
    expect(r.status).toBe(0);
    expect(ids(r.lines)).toEqual([1009]);
  });

  it('reports a malformed line with its number, skips it, assesses the rest and exits 1', () => {
    const r = run([file('bad.jsonl', `${samples[0]}\n{"id": 5, "subject": \n${samples[1]}\n[1,2]\n`), ...NOW]);
    expect(r.status).toBe(1);
    expect(ids(r.lines)).toEqual([1001, 1002]);
    expect(r.stderr).toMatch(/line 2: not valid JSON/);
    expect(r.stderr).toMatch(/line 4: expected a ticket object/);
  });

  it('a broken --rules file prints its problems and exits 2', () => {
    const rules = file('rules.json', JSON.stringify({ flags: [{ id: 'x', title: 't', explanation: 'e', source: 's', flag: 'f', all: [{ field: 'subject', operator: 'contains', value: 'x' }] }] }));
    const r = run([file('one.jsonl', samples[0]!), '--rules', rules, ...NOW]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/\$\.flags\[0\]\.all\[0\]\.operator: unknown operator "contains"/);
  });

  it('a valid --rules override changes the result', () => {
    const rules = file('ok-rules.json', JSON.stringify({ disable: ['owner.feature-request'] }));
    const r = run([file('one-more.jsonl', samples[0]!), '--rules', rules, ...NOW]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.lines[0]!)).toMatchObject({ requestType: 'feature_request', owner: 'ce', reasons: expect.arrayContaining([expect.objectContaining({ field: 'owner', ruleId: 'owner.default' })]) });
  });

  it('--config changes where facts live and the limits', () => {
    const config = file('config.json', JSON.stringify({ maxSuggestions: 1, plan: [{ from: 'tag_prefix', prefix: 'plan_' }] }));
    const r = run([file('cfg.jsonl', samples[0]!), '--config', config, ...NOW]);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.lines[0]!) as Assessment;
    expect(a.macros).toHaveLength(1);
    expect(a.firstResponseTarget).toBeNull();
  });

  it('--summary prints counts per request type, owner, severity and flag', () => {
    const r = run(['test/fixtures/samples/tickets.jsonl', '--summary', ...NOW]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^40 tickets assessed/);
    expect(r.stdout).toMatch(/request type\s+count/);
    expect(r.stdout).toMatch(/\nowner\s+count[\s\S]*\ncs\s+\d+/);
    expect(r.stdout).toMatch(/Sev0 \(urgent\)\s+3/);
    expect(r.stdout).toMatch(/best-effort:docker-swarm\s+1/);
  });

  it('usage problems exit 2 with the usage line', () => {
    expect(run([]).status).toBe(2);
    const r = run(['x.jsonl', '--now', 'yesterday']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not an ISO time/);
    expect(run(['/no/such/file.jsonl']).status).toBe(2);
  });
});
