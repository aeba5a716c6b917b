// `npm run eval` end to end: a real child process, real files, real exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'eval-cli-'));
const samples = readFileSync(join(root, 'test/fixtures/samples/tickets.jsonl'), 'utf8').trim().split('\n');
const NOW = ['--now', '2026-11-26T12:00:00Z'];

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function run(args: string[], input?: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/eval.ts', ...args], { cwd: root, encoding: 'utf8', input });
}

describe('npm run eval', { timeout: 30_000 }, () => {
  it('shows 100 % on every labelled field of the 40 samples, with the matrix and calibration', () => {
    const r = run(['test/fixtures/samples/tickets.jsonl', ...NOW]);
    expect(r.status).toBe(0);
    for (const field of ['requestType', 'owner', 'severity', 'priority', 'bestEffort', 'flags_include']) {
      expect(r.stdout).toMatch(new RegExp(`\\n  ${field} +100\\.0%`));
    }
    expect(r.stdout).toContain('confusion matrix');
    expect(r.stdout).toContain('calibration');
    expect(r.stdout).toContain('misses: none');
  });

  it('lists each miss with id, subject, expected vs got and the deciding rule', () => {
    const ticket = JSON.parse(samples[0]!) as Record<string, unknown>;
    const wrong = { ...ticket, expected: { requestType: 'licensing', owner: 'cs' } };
    const r = run([file('wrong.jsonl', `${JSON.stringify(wrong)}\n`), ...NOW]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('1001 "Feature request: filter search results by file owner"');
    expect(r.stdout).toMatch(/requestType: expected licensing, got feature_request \(\w+\) \[classify\.text/);
    expect(r.stdout).toContain('owner: expected cs, got ce [owner.feature-request]');
  });

  it('exits 1 only below a minimum it was given', () => {
    const ticket = JSON.parse(samples[0]!) as Record<string, unknown>;
    const path = file('one-wrong.jsonl', `${JSON.stringify({ ...ticket, expected: { requestType: 'licensing' } })}\n${samples[1]}\n`);
    expect(run([path, ...NOW]).status).toBe(0);
    expect(run([path, ...NOW, '--min-type', '50%']).status).toBe(0);
    const below = run([path, ...NOW, '--min-type', '0.9']);
    expect(below.status).toBe(1);
    expect(below.stderr).toContain('request type 50.0% < 90.0%');
  });

  it('takes labels from triage tags and strips them and the Request type field before assessing', () => {
    const ticket = JSON.parse(samples[0]!) as Record<string, unknown>;
    const tagged = {
      ...ticket,
      expected: undefined,
      tags: ['triage_type_licensing', 'triage_owner_ce', 'triage_sev_3', 'vip'],
      custom_fields: [{ id: 555, value: 'triage_type_licensing' }],
    };
    const r = run([file('tagged.jsonl', `${JSON.stringify(tagged)}\n`), ...NOW, '--expected-from-tags', '--config', file('config.json', JSON.stringify({ requestType: [{ from: 'custom_field', id: '555' }] }))]);
    expect(r.status).toBe(0);
    // Had the tag or field been read, the engine would have said licensing and been "right".
    expect(r.stdout).toMatch(/requestType: expected licensing, got feature_request/);
    expect(r.stdout).toMatch(/\n {2}owner +100\.0%/);
  });

  it('exits 2 when it cannot run: usage, missing file, no labels, broken rulebook', () => {
    expect(run([]).status).toBe(2);
    expect(run(['--min-type', 'lots', 'x.jsonl']).status).toBe(2);
    expect(run([join(dir, 'missing.jsonl')]).status).toBe(2);
    const unlabelled = JSON.parse(samples[0]!) as Record<string, unknown>;
    delete unlabelled.expected;
    const none = run([file('none.jsonl', `${JSON.stringify(unlabelled)}\n`), ...NOW]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no labelled tickets');
    expect(run(['test/fixtures/samples/tickets.jsonl', '--rules', file('bad.json', '{"owner": 3}'), ...NOW]).status).toBe(2);
  });

  it('reads --rules and --config as the dry run does: a catch-all rule is warned about, settings that are not JSON stop it', () => {
    const broad = { id: 'flag.broad', title: 't', explanation: 'e', source: 's', flag: 'broad', all: [{ field: 'text', operator: 'not_includes_words', value: 'zzzqqq' }] };
    const warned = run(['test/fixtures/samples/tickets.jsonl', '--rules', file('broad.json', JSON.stringify({ flags: [broad] })), ...NOW]);
    expect(warned.status).toBe(0);
    expect(warned.stderr).toMatch(/^warning: \$\.flags\[0\]: flags rule "flag\.broad" matches every one of the 16 sample tickets/m);
    const notJson = run(['test/fixtures/samples/tickets.jsonl', '--config', file('not.json', '{nope'), ...NOW]);
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toMatch(/not\.json: not valid JSON \(/);
  });
});
