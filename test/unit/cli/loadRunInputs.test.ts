// What the dry run and eval both read before their run (src/cli/loadRunInputs.ts): rulebook,
// settings and input, checked in that order, with what stops the run printed on stderr.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { loadRunInputs } from '../../../src/cli/loadRunInputs';
import { DEFAULT_RULEBOOK } from '../../../src/rules/rulebook/defaultRulebook';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'run-inputs-'));
const tickets = join(root, 'test/fixtures/samples/tickets.jsonl');

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const broadRule = { id: 'flag.broad', title: 't', explanation: 'e', source: 's', flag: 'broad', all: [{ field: 'text', operator: 'not_includes_words', value: 'zzzqqq' }] };

let stderr: MockInstance;
const printed = () => stderr.mock.calls.map((call) => String(call[0])).join('');

beforeEach(() => {
  stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => {
  stderr.mockRestore();
});

describe('loadRunInputs', () => {
  it('reads the rulebook override, the settings and the input, and warns about a rule that matches every sample ticket', async () => {
    const rules = file('broad.json', JSON.stringify({ flags: [broadRule] }));
    const config = file('config.json', JSON.stringify({ productVersion: [{ from: 'custom_field', id: '777' }] }));
    const inputs = loadRunInputs({ input: tickets, rules, config });
    expect(inputs).not.toBeNull();
    expect(inputs!.rulebook.flags.map((rule) => rule.id)).toContain('flag.broad');
    expect(inputs!.config.productVersion).toEqual([{ from: 'custom_field', id: '777' }]);
    expect(inputs!.input.name).toBe(tickets);
    let text = '';
    for await (const chunk of inputs!.input.stream) text += String(chunk);
    expect(text).toBe(readFileSync(tickets, 'utf8'));
    expect(printed()).toMatch(/^warning: \$\.flags\[0\]: flags rule "flag\.broad" matches every one of the 16 sample tickets/m);
  });

  it('with neither --rules nor --config: the default rulebook and settings, nothing printed', () => {
    const inputs = loadRunInputs({ input: tickets, rules: null, config: null });
    expect(inputs!.rulebook).toBe(DEFAULT_RULEBOOK);
    inputs!.input.stream.destroy();
    expect(printed()).toBe('');
  });

  it('gives beforeChecks every file with what it is on disk, and its refusal stops the run before the rulebook is checked', () => {
    const rules = file('broken.json', '{"owner": 3}');
    const seen: string[] = [];
    const inputs = loadRunInputs({ input: tickets, rules, config: null }, (files) => {
      seen.push(...files.map((f) => `${f.name} ${f.stats.isFile()}`));
      return '--report x is the input';
    });
    expect(inputs).toBeNull();
    expect(seen).toEqual([`${rules} true`, `${tickets} true`]);
    expect(printed()).toBe('--report x is the input\n');
  });

  it('a broken rulebook: its problems, and no run', () => {
    const inputs = loadRunInputs({ input: tickets, rules: file('bad.json', '{"owner": 3}'), config: null });
    expect(inputs).toBeNull();
    expect(printed()).toMatch(/^The rulebook .*bad\.json has 1 problem:\n {2}\$\.owner: /);
  });

  it('settings that are not JSON, or not valid settings, or a file that is missing: a message naming it, and no run', () => {
    const notJson = file('not.json', '{nope');
    expect(loadRunInputs({ input: tickets, rules: null, config: notJson })).toBeNull();
    expect(printed()).toMatch(new RegExp(`^${notJson.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid JSON \\(`));
    stderr.mockClear();
    expect(loadRunInputs({ input: tickets, rules: null, config: file('bad-config.json', JSON.stringify({ requestType: 3 })) })).toBeNull();
    expect(printed()).toMatch(/^The configuration .*bad-config\.json has \d+ problems?:/);
    stderr.mockClear();
    expect(loadRunInputs({ input: tickets, rules: join(dir, 'missing.json'), config: null })).toBeNull();
    expect(printed()).toMatch(/missing\.json/);
    stderr.mockClear();
    expect(loadRunInputs({ input: dir, rules: null, config: null })).toBeNull();
    expect(printed()).toMatch(/is a directory; name a file of tickets/);
  });
});
