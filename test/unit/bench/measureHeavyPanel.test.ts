// bench/panel/measureHeavyPanel.ts as `npm run bench` runs it: in its own process, which inherits
// NODE_ENV=production from the bench's in-process Vite build. Small sizes: the figures themselves
// are printed by the bench, not judged here.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '..', '..', '..');

function measure(env: Record<string, string>, args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'bench/panel/measureHeavyPanel.ts', ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
}

describe('the heavy-rulebook sidebar measurement', { timeout: 150_000 }, () => {
  it('prints its times as JSON, also when it inherits NODE_ENV=production', () => {
    const run = measure({ NODE_ENV: 'production' }, ['--flag-rules', '30', '--title-chars', '500']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const times = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(times).toEqual({
      defaultMs: expect.any(Number),
      flagRules: { totalMs: expect.any(Number), checkOverrideMs: expect.any(Number) },
      hugeTitle: { totalMs: expect.any(Number), checkOverrideMs: expect.any(Number) },
    });
  });

  it('refuses a size that is not a whole number, with exit 1 and the reason', () => {
    const run = measure({}, ['--flag-rules', 'many']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/--flag-rules must be a whole number ≥ 1, got "many"/);
  });
});
