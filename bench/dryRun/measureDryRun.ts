// The dry run over a generated Zendesk export: tickets per second and peak memory (VmHWM of the
// process, sampled from /proc while it runs), and how soon the first assessment comes out.
// The command runs as `npm run assess` would, in its own process, writing JSON Lines to /dev/null.
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateExport } from './generateExport';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COMMAND = ['--import', 'tsx', 'src/cli/assess.ts'];
const NOW = ['--now', '2026-11-26T12:00:00Z'];

export interface DryRunFigures {
  exportBytes: number;
  tickets: number;
  seconds: number;
  ticketsPerSecond: number;
  peakRssBytes: number;
  firstLineMs: number;
  exitCode: number | null;
}

/** Peak resident memory so far (kB in /proc), or 0 once the process is gone. */
function peakRss(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

async function fullRun(path: string): Promise<{ seconds: number; peakRssBytes: number; exitCode: number | null; stderr: string }> {
  const devNull = openSync('/dev/null', 'w');
  const started = performance.now();
  const child = spawn(process.execPath, [...COMMAND, path, ...NOW], { cwd: ROOT, stdio: ['ignore', devNull, 'pipe'] });
  closeSync(devNull);
  let stderr = '';
  child.stderr?.on('data', (data: Buffer) => {
    if (stderr.length < 10_000) stderr += data.toString();
  });
  let peak = 0;
  const sampler = setInterval(() => {
    if (child.pid !== undefined) peak = Math.max(peak, peakRss(child.pid));
  }, 100);
  const exitCode = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  return { seconds: (performance.now() - started) / 1000, peakRssBytes: peak, exitCode, stderr };
}

/** Milliseconds from the start until the first assessment line arrives; the run is then stopped. */
async function firstLine(path: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [...COMMAND, path, ...NOW], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
  const ms = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (data: Buffer) => {
      if (data.includes(10)) resolve(performance.now() - started);
    });
    child.on('exit', () => reject(new Error('the dry run ended without printing a line')));
  });
  child.kill();
  return ms;
}

export async function measureDryRun(targetBytes: number, progress: (message: string) => void): Promise<DryRunFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'dry-run-bench-'));
  try {
    progress(`dry run: generating a ${(targetBytes / 1e6).toFixed(0)} MB Zendesk export in ${dir}`);
    const generated = await generateExport(join(dir, 'export.json'), targetBytes);
    progress(`dry run: ${generated.tickets.toLocaleString('en-US')} tickets, first line`);
    const firstLineMs = await firstLine(generated.path);
    progress('dry run: full run (JSON Lines to /dev/null)');
    const run = await fullRun(generated.path);
    if (run.exitCode !== 0) throw new Error(`the dry run exited ${String(run.exitCode)}: ${run.stderr.split('\n')[0] ?? ''}`);
    return {
      exportBytes: generated.bytes,
      tickets: generated.tickets,
      seconds: run.seconds,
      ticketsPerSecond: generated.tickets / run.seconds,
      peakRssBytes: run.peakRssBytes,
      firstLineMs,
      exitCode: run.exitCode,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
