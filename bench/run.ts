// `npm run bench` (and `npm run bench -- --quick`): measures the sidebar's weight, start-up,
// round trips, engine speed and robustness, prints the details, then ONE table:
// figure | measured | target | met?. A missed target never fails the process; only a run that
// could measure nothing at all exits non-zero. Progress goes to stderr, results to stdout.
import { existsSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { attributeBundle } from './bundle/attributeBundle';
import { kb, measureBundle } from './bundle/measureBundle';
import { snapshotBuiltApp } from './bundle/snapshotBuiltApp';
import { measureInBrowser, type BrowserFigures } from './browser/measureInBrowser';
import { CHROMIUM_PATH } from '../test/browser/support/launchChromium';
import { runEngineBench } from './figures/runEngineBench';
import { spawnSync } from 'node:child_process';
import { measureDryRun } from './dryRun/measureDryRun';
import type { PanelTimes } from './panel/heavyPanelTimes';
import {
  bundleFigure,
  dryRunFigures,
  heavyPanelFigures,
  engineFigures,
  engineSweepFigure,
  faultSweepFigure,
  roundTripFigures,
  startupFigure,
} from './figures/toFigures';
import { notMeasured, type Figure } from './report/Figure';
import { formatTable } from './report/printTable';
import { sweepEngine } from './robustness/sweepEngine';
import { ZAF_SDK_CDN_URL, zafSdkStandIn } from '../preview/sdk/zafSdkStandIn';

const quick = process.argv.includes('--quick');
const plan = quick
  ? { engineSweep: 2_000, startupLoads: 6, sweepLoads: 40, neverAnswered: 1, dryRunBytes: 50e6, dryRunLabel: '50 MB (--quick)' }
  : { engineSweep: 10_000, startupLoads: 20, sweepLoads: 200, neverAnswered: 2, dryRunBytes: 1e9, dryRunLabel: '1 GB' };

const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);
const section = (title: string, lines: string[]) =>
  console.log(`\n## ${title}\n${lines.join('\n')}`);

async function main(): Promise<number> {
  const figures: Figure[] = [];
  console.log(
    `Triage Assistant benchmarks${quick ? ' (--quick)' : ''}: Node ${process.version}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
  );

  // 1. Bundle weight, of a private copy of dist/ that the browser figures use too.
  let appDir: string | null = null;
  try {
    appDir = snapshotBuiltApp(progress);
    // The production path: index.html loads Zendesk's CDN SDK, weighed here by its local stand-in.
    const sdk = new TextEncoder().encode(await zafSdkStandIn());
    const weight = measureBundle(join(appDir, 'assets', 'index.html'), (url) =>
      url === ZAF_SDK_CDN_URL ? sdk : undefined,
    );
    figures.push(bundleFigure(weight));
    section('Bundle: files loaded at start-up (gzip -6 / gzip -9 / raw)', [
      ...weight.files.map(
        (file) =>
          `  ${file.path.padEnd(28)} ${kb(file.gzipBytes).padStart(9)} ${kb(file.gzip9Bytes).padStart(9)} ${kb(file.rawBytes).padStart(9)}`,
      ),
      ...weight.lazy.map(
        (file) => `  (lazy) ${file.path.padEnd(21)} ${kb(file.gzipBytes).padStart(9)}`,
      ),
    ]);
  } catch (error) {
    figures.push(notMeasured('Bundle weight (gzip -6, all start-up files)', '≤ 100 KB', error));
  }
  try {
    progress('attributing bundle bytes to packages (one extra in-memory build)');
    const shares = await attributeBundle();
    section(
      'Bundle: rough gzipped bytes per package (from an in-memory build of the same config)',
      shares
        .filter((share) => share.approxGzipBytes >= 100)
        .map((share) => `  ${share.name.padEnd(40)} ${kb(share.approxGzipBytes).padStart(9)}`),
    );
  } catch (error) {
    section('Bundle: per-package attribution', [`  not available: ${String(error)}`]);
  }

  // 4. Engine throughput and the 1 MB description, from the engine's own benchmark.
  try {
    progress('engine benchmark (bench/engine.ts)');
    figures.push(...engineFigures(runEngineBench()));
  } catch (error) {
    figures.push(
      notMeasured('Engine throughput', '≥ 10,000 tickets/s', error),
      notMeasured('Engine: one 1 MB description', '< 50 ms', error),
    );
  }

  // 4b. The dry run over a generated export, streamed from a temp file.
  try {
    const dryRun = await measureDryRun(plan.dryRunBytes, progress);
    figures.push(...dryRunFigures(dryRun, plan.dryRunLabel));
    section(`Dry run: generated Zendesk export, ${plan.dryRunLabel}`, [
      `  ${(dryRun.exportBytes / 1e6).toFixed(0)} MB, ${dryRun.tickets.toLocaleString('en-US')} tickets in one {"tickets": [...]} document on one line`,
      `  ${dryRun.seconds.toFixed(1)} s, ${Math.round(dryRun.ticketsPerSecond).toLocaleString('en-US')} tickets/s, peak RSS ${(dryRun.peakRssBytes / 1024 / 1024).toFixed(0)} MB, first line after ${dryRun.firstLineMs.toFixed(0)} ms`,
    ]);
  } catch (error) {
    figures.push(notMeasured(`Dry run (${plan.dryRunLabel} export)`, '≤ 300 MB RSS', error));
  }

  // 4c. The sidebar under a heavy rulebook (jsdom).
  try {
    progress('sidebar under a heavy rulebook: 10,000 flag rules, a 100,000-character macro title');
    // Its own process: the DOM it installs on globalThis must not leak into the other measurements.
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'bench/panel/measureHeavyPanel.ts'], { encoding: 'utf8', timeout: 600_000 });
    // The error's own words, not the last frame of its stack trace.
    const message = child.stderr.split('\n').find((line) => line.trim() !== '' && !line.trimStart().startsWith('at ')) ?? '';
    if (child.status !== 0) throw new Error(`bench/panel/measureHeavyPanel.ts exited ${String(child.status)}: ${message.trim()}`);
    const times = JSON.parse(child.stdout) as PanelTimes;
    figures.push(...heavyPanelFigures(times));
    section('Sidebar under a heavy rulebook (jsdom, mount to shown assessment)', [
      `  default rulebook: ${times.defaultMs.toFixed(0)} ms`,
      `  10,000 matching flag rules: ${times.flagRules.totalMs.toFixed(0)} ms (override check alone: ${times.flagRules.checkOverrideMs.toFixed(0)} ms)`,
      `  100,000-character macro title and body: ${times.hugeTitle.totalMs.toFixed(0)} ms (override check alone: ${times.hugeTitle.checkOverrideMs.toFixed(0)} ms)`,
    ]);
  } catch (error) {
    figures.push(notMeasured('Sidebar under a heavy rulebook', '< 1 s to the assessment', error));
  }

  // 5a. Generated tickets through the engine.
  try {
    progress(`engine robustness sweep: ${plan.engineSweep} generated tickets`);
    const sweep = sweepEngine(plan.engineSweep);
    figures.push(engineSweepFigure(sweep));
    section('Robustness: engine sweep', [
      ...Object.entries(sweep.byPath).map(
        ([path, stats]) =>
          `  ${path.padEnd(16)} ${stats.tickets} tickets, ${stats.exceptions} exceptions, ${stats.invalidOutputs} invalid, ${stats.internalFallbacks} caught fallbacks`,
      ),
      `  ${sweep.seconds.toFixed(1)} s`,
      ...sweep.examples.map((example) => `  e.g. ${example}`),
    ]);
  } catch (error) {
    figures.push(
      notMeasured('Robustness: generated tickets through the engine', '0 exceptions', error),
    );
  }

  // 2, 3, 5b. In the browser.
  let browserFigures: BrowserFigures | Error;
  try {
    if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH}`);
    if (!appDir) throw new Error('no built app to load');
    browserFigures = await measureInBrowser(appDir, plan, progress);
  } catch (error) {
    browserFigures = error instanceof Error ? error : new Error(String(error));
  }
  const failed = (part: Figure | Error | object): part is Error => part instanceof Error;
  const browserPart = <T extends object>(
    pick: (figures: BrowserFigures) => T | Error,
  ): T | Error => (failed(browserFigures) ? browserFigures : pick(browserFigures));

  const startup = browserPart((all) => all.startup);
  if (failed(startup))
    figures.push(notMeasured('Time to assessment vs baseline', '≤ 1.5×', startup));
  else {
    figures.push(startupFigure(startup));
    section("Time to assessment: each cold load, ms from the app frame's navigation start", [
      `  app:      ${startup.appMs.map((ms) => ms.toFixed(0)).join(' ')}`,
      `  baseline: ${startup.baselineMs.map((ms) => ms.toFixed(0)).join(' ')}`,
    ]);
  }
  const trips = browserPart((all) => all.roundTrips);
  if (failed(trips)) figures.push(notMeasured('Round trips', 'see issue 7', trips));
  else {
    figures.push(...roundTripFigures(trips));
    section(
      'Round trips: as counted by the host page',
      Object.entries(trips).map(([key, value]) => `  ${key}: ${String(value)}`),
    );
  }
  const sweep = browserPart((all) => all.faultSweep);
  if (failed(sweep))
    figures.push(
      notMeasured('Robustness: app loads with injected faults', '0 blank, 0 uncaught', sweep),
    );
  else {
    figures.push(faultSweepFigure(sweep));
    section('Robustness: browser fault sweep', [
      `  ${sweep.seconds.toFixed(0)} s`,
      ...sweep.examples.map((example) => `  ${example}`),
    ]);
  }
  if (!failed(browserFigures))
    console.log(`\nChromium ${browserFigures.chromiumVersion} (headless, ${CHROMIUM_PATH})`);

  if (appDir) rmSync(appDir, { recursive: true, force: true });
  console.log(`\n${formatTable(figures)}`);
  return figures.some((figure) => figure.met !== null) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
