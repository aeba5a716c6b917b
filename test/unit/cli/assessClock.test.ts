// `npm run --silent assess` prints the first-response clock, the same whatever the machine's time
// zone: the worked examples of support-policy §3 run in child processes under other TZ values.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'assess-clock-'));

function run(args: string[], input: string, tz: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/assess.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    input,
    env: { ...process.env, TZ: tz },
  });
  return { ...result, rows: result.stdout.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const org = (plan: string) => ({ id: 1, name: 'Acme', tags: [], organization_fields: { support_plan: plan } });
// Sev1 Enterprise (most users seriously limited), created Friday 2026-03-06 16:00 PST.
const sev1Enterprise = {
  id: 1,
  subject: 'Search is down',
  description: 'Search is broken for most users, no workaround.',
  created_at: '2026-03-07T00:00:00Z',
  status: 'new',
  organization: org('enterprise'),
};
// Sev2 other paid plan, created Wednesday 2026-11-25 15:00 PST, answered by an agent on Thursday.
const sev2OtherPaid = {
  id: 2,
  subject: 'Repository sync error',
  description: 'We get an error when the repository syncs; it fails for some users.',
  created_at: '2026-11-25T23:00:00Z',
  status: 'open',
  requester_id: 10,
  organization: org('other_paid'),
  comments: [
    { id: 1, author_id: 10, public: true, body: 'We get an error when the repository syncs; it fails for some users.', created_at: '2026-11-25T23:00:00Z' },
    { id: 2, author_id: 20, public: true, body: 'Thanks, we are checking the sync logs; next we will send steps.', created_at: '2026-11-26T17:30:00Z' },
  ],
  users: [
    { id: 10, role: 'end-user' },
    { id: 20, role: 'agent' },
  ],
};
const input = `${JSON.stringify(sev1Enterprise)}\n${JSON.stringify(sev2OtherPaid)}\n`;
const pick = (row: Record<string, unknown>) => ({
  severity: row.severity,
  firstResponseDue: row.firstResponseDue,
  firstResponseState: row.firstResponseState,
  firstResponseAt: row.firstResponseAt,
});

describe('npm run assess: the first-response clock', () => {
  it('prints the worked examples, with the state at --now, in any machine time zone', () => {
    const outputs = ['UTC', 'Asia/Tokyo'].map((tz) => run(['-', '--now', '2026-11-26T12:00:00Z'], input, tz));
    for (const out of outputs) expect(out.status).toBe(0);
    expect(outputs[0]!.rows.map(pick)).toEqual([
      { severity: 1, firstResponseDue: '2026-03-09T00:00:00Z', firstResponseState: 'overdue', firstResponseAt: null },
      { severity: 2, firstResponseDue: '2026-11-27T23:00:00Z', firstResponseState: 'met', firstResponseAt: '2026-11-26T17:30:00Z' },
    ]);
    expect(outputs[1]!.stdout).toBe(outputs[0]!.stdout);
  }, 60_000);

  it('takes holidays and the schedule time zone through --config', () => {
    const config = join(dir, 'config.json');
    writeFileSync(config, JSON.stringify({ holidays: ['2026-11-26', '2026-11-27'] }));
    const out = run(['-', '--now', '2026-11-26T12:00:00Z', '--config', config], `${JSON.stringify({ ...sev2OtherPaid, comments: [] })}\n`, 'Asia/Tokyo');
    expect(out.status).toBe(0);
    // 2 hours Wednesday, Thursday and Friday closed, 9 Monday, 7 Tuesday → Tuesday 15:00 PST.
    expect(out.rows.map(pick)).toEqual([{ severity: 2, firstResponseDue: '2026-12-01T23:00:00Z', firstResponseState: 'pending', firstResponseAt: null }]);

    writeFileSync(config, JSON.stringify({ scheduleTimeZone: 'Nowhere/Land' }));
    const bad = run(['-', '--config', config], input, 'UTC');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('$.scheduleTimeZone: the schedule time zone is an IANA time zone name');
  }, 60_000);
});
