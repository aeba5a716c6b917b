// The dry-run command end to end: a real child process, real files, real exit codes.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
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
    expect(r.stderr).toMatch(/bad\.jsonl, line 2, column 1: not valid JSON/);
    expect(r.stderr).toMatch(/bad\.jsonl, line 4, column 1: expected a ticket object/);
  });

  it('a broken --rules file prints its problems and exits 2', () => {
    const rules = file('rules.json', JSON.stringify({ flags: [{ id: 'x', title: 't', explanation: 'e', source: 's', flag: 'f', all: [{ field: 'subject', operator: 'contains', value: 'x' }] }] }));
    const r = run([file('one.jsonl', samples[0]!), '--rules', rules, ...NOW]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/\$\.flags\[0\]\.all\[0\]\.operator: flags rule "x": unknown operator "contains"/);
  });

  it('a rule that matches every sample ticket is printed as a warning, and the run goes on', () => {
    const rules = file('broad.json', JSON.stringify({ flags: [{ id: 'flag.broad', title: 't', explanation: 'e', source: 's', flag: 'broad', all: [{ field: 'text', operator: 'not_includes_words', value: 'zzzqqq' }] }] }));
    const r = run([file('broad.jsonl', samples[0]!), '--rules', rules, ...NOW]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^warning: \$\.flags\[0\]: flags rule "flag\.broad" matches every one/m);
    expect((JSON.parse(r.lines[0]!) as Assessment).flags).toContain('broad');
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

  it('an empty input: nothing printed, exit 0; --rules - reads the override from standard input', () => {
    const empty = run([file('empty.jsonl', ''), ...NOW]);
    expect(empty.status).toBe(0);
    expect(empty.stdout).toBe('');
    expect(empty.stderr).toBe('');
    const fromStdin = run([file('one-for-stdin-rules.jsonl', samples[0]!), '--rules', '-', ...NOW], JSON.stringify({ disable: ['owner.feature-request'] }));
    expect(fromStdin.status).toBe(0);
    expect(JSON.parse(fromStdin.lines[0]!)).toMatchObject({ owner: 'ce', reasons: expect.arrayContaining([expect.objectContaining({ field: 'owner', ruleId: 'owner.default' })]) });
  });

  it('usage problems exit 2 with the usage line', () => {
    expect(run([]).status).toBe(2);
    const r = run(['x.jsonl', '--now', 'yesterday']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not an ISO 8601 time/);
    expect(run(['/no/such/file.jsonl']).status).toBe(2);
  });

  it('reads JSON Lines behind a UTF-8 byte-order mark and with old-Mac CR line ends, first ticket included', () => {
    const bom = join(dir, 'bom.jsonl');
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(samples.slice(0, 2).join('\n'))]));
    expect(ids(run([bom, ...NOW]).lines)).toEqual([1001, 1002]);
    const r = run([file('mac.jsonl', `${samples.slice(0, 3).join('\r')}\r`), ...NOW]);
    expect(r.status).toBe(0);
    expect(ids(r.lines)).toEqual([1001, 1002, 1003]);
  });

  it('reads export pages saved one per line, and a ticket with its own "tickets" key', () => {
    const pages = file('pages.jsonl', [JSON.stringify({ tickets: [sample(0), sample(1)], next_page: 'p2' }), JSON.stringify({ tickets: [sample(2)], next_page: null })].join('\n'));
    expect(ids(run([pages, ...NOW]).lines)).toEqual([1001, 1002, 1003]);
    const r = run([file('ticket-with-tickets.jsonl', JSON.stringify({ tickets: [4, 5], ...sample(3) })), ...NOW]);
    expect(r.status).toBe(0);
    expect(ids(r.lines)).toEqual([1004]);
  });

  it('keeps the readable items of a JSON array with a broken one, naming the broken item and exiting 1', () => {
    const text = JSON.stringify([sample(0), sample(1), sample(2)], null, 2).replace('"id": 1002,', '"id": 1002,,');
    const r = run([file('broken-item.json', text), ...NOW]);
    expect(r.status).toBe(1);
    expect(ids(r.lines)).toEqual([1001, 1003]);
    expect(r.stderr).toMatch(/broken-item\.json, item 2 \(line \d+, column 3\): not valid JSON/);
  });

  it('refuses bytes that are not UTF-8, naming the file, line and column, and reads the other lines', () => {
    const latin1 = join(dir, 'latin1.jsonl');
    writeFileSync(latin1, Buffer.concat([Buffer.from(`${samples[0]}\n{"id": 5, "subject": "caf`), Buffer.from([0xe9]), Buffer.from(`"}\n${samples[1]}\n`)]));
    const r = run([latin1, ...NOW]);
    expect(r.status).toBe(1);
    expect(ids(r.lines)).toEqual([1001, 1002]);
    expect(r.stderr).toMatch(/latin1\.jsonl, line 2, column 26: not UTF-8 text \(byte 0xE9/);
    expect(r.stdout).not.toContain('\ufffd');
  });

  it('a directory as input stops the run with a message that names it', () => {
    const folder = join(dir, 'a-folder');
    mkdirSync(folder, { recursive: true });
    const r = run([folder, ...NOW]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${folder} is a directory`);
  });

  it('--report pointing at an input (by any path) is refused before the run and the input is left as it was', () => {
    const input = file('keep.jsonl', samples.slice(0, 2).join('\n'));
    const link = join(dir, 'keep-link.html');
    symlinkSync(input, link);
    for (const report of [input, link]) {
      const r = run([input, '--report', report, ...NOW]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/is the input .*keep\.jsonl/);
    }
    expect(readFileSync(input, 'utf8')).toBe(samples.slice(0, 2).join('\n'));
  });

  it('an unwritable --report is refused before any ticket is read', () => {
    const r = run([file('fine.jsonl', samples[0]!), '--report', join(dir, 'no-such-dir', 'report.html'), ...NOW]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--report .*report\.html: cannot write there/);
    const readOnly = join(dir, 'read-only');
    mkdirSync(readOnly, { recursive: true });
    chmodSync(readOnly, 0o500);
    if (process.getuid?.() !== 0) expect(run([join(dir, 'fine.jsonl'), '--report', join(readOnly, 'r.html'), ...NOW]).status).toBe(2);
  });

  it('writes the report from running totals, beside the summary', () => {
    const report = join(dir, 'report.html');
    const r = run(['test/fixtures/samples/tickets.jsonl', '--summary', '--report', report, ...NOW]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^40 tickets assessed/);
    expect(readFileSync(report, 'utf8')).toMatch(/data-count-for="tickets">40</);
    expect(existsSync(join(dir, `.report.html.${r.pid}.partial`))).toBe(false);
  });

  it.each(['1', '2026-02-30T12:00:00Z', '2026-11-26', '2026-11-26T25:00:00Z', 'yesterday'])('--now %s is not an ISO 8601 instant', (value) => {
    const r = run(['x.jsonl', '--now', value]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not an ISO 8601 time/);
  });

  it('accepts --now with an offset', () => {
    const r = run([file('tz.jsonl', samples[0]!), '--now', '2026-11-26T13:00:00+01:00']);
    expect(r.status).toBe(0);
  });

  it('prints the first assessment before the input has ended (streaming)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/assess.ts', '-', ...NOW], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.write(`${samples[0]}\n`);
    const first = await new Promise<string>((resolve) => {
      let out = '';
      child.stdout.on('data', (data: Buffer) => {
        out += data.toString();
        if (out.includes('\n')) resolve(out);
      });
    });
    expect((JSON.parse(first.split('\n')[0]!) as Assessment).ticketId).toBe(1001);
    child.stdin.end(`${samples[1]}\n`);
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
  });

  it('stops quietly with exit 0 when the reader closes stdout early (| head -1)', async () => {
    const big = file('many.jsonl', Array.from({ length: 400 }, (_, i) => JSON.stringify({ ...sample(i % 40), id: i + 1 })).join('\n'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/assess.ts', big, ...NOW], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});

