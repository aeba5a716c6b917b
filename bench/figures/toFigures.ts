// Turns measurements into table rows: the figure, what was measured (with units), the target
// and whether it is met. Targets are issue 7's.
import type { BundleWeight } from '../bundle/measureBundle';
import { kb } from '../bundle/measureBundle';
import type { RoundTrips } from '../browser/countRoundTrips';
import type { StartupTimes } from '../browser/measureStartup';
import type { FaultSweepResult } from '../browser/sweepFaults';
import type { EngineSweepResult } from '../robustness/sweepEngine';
import type { EngineFigures } from './runEngineBench';
import type { Figure } from '../report/Figure';
import type { DryRunFigures } from '../dryRun/measureDryRun';
import type { PanelTime, PanelTimes } from '../panel/heavyPanelTimes';

export const BUNDLE_TARGET_BYTES = 100 * 1024;
export const THROUGHPUT_TARGET = 10_000;
export const HUGE_DESCRIPTION_TARGET_MS = 50;
export const STARTUP_RATIO_TARGET = 1.5;

export function bundleFigure(weight: BundleWeight): Figure {
  return {
    name: 'Bundle weight (gzip -6, all start-up files)',
    measured: `${kb(weight.totalGzip)} in ${weight.files.length} files (gzip -9: ${kb(weight.totalGzip9)})`,
    target: '≤ 100 KB',
    met: weight.totalGzip <= BUNDLE_TARGET_BYTES,
  };
}

export function engineFigures(engine: EngineFigures): Figure[] {
  return [
    {
      name: 'Engine throughput',
      measured: `${Math.round(engine.ticketsPerSecond).toLocaleString('en-US')} tickets/s`,
      target: '≥ 10,000 tickets/s',
      met: engine.ticketsPerSecond >= THROUGHPUT_TARGET,
    },
    {
      name: 'Engine: one 1 MB description',
      measured: `${engine.hugeDescriptionMs.toFixed(1)} ms`,
      target: '< 50 ms',
      met: engine.hugeDescriptionMs < HUGE_DESCRIPTION_TARGET_MS,
    },
  ];
}

export function engineSweepFigure(sweep: EngineSweepResult): Figure {
  return {
    name: 'Robustness: generated tickets through the engine',
    measured: `${sweep.tickets.toLocaleString('en-US')} tickets: ${sweep.exceptions} exceptions, ${sweep.invalidOutputs} invalid outputs (${sweep.internalFallbacks} caught fallbacks)`,
    target: '0 exceptions',
    met: sweep.exceptions === 0 && sweep.invalidOutputs === 0,
  };
}

export function startupFigure(startup: StartupTimes): Figure {
  return {
    name: `Time to assessment vs baseline (median of ${startup.appMs.length} cold loads each)`,
    measured: `${startup.appMedian.toFixed(0)} ms vs ${startup.baselineMedian.toFixed(0)} ms = ${startup.ratio.toFixed(2)}×`,
    target: '≤ 1.5×',
    met: startup.ratio <= STARTUP_RATIO_TARGET,
  };
}

export function roundTripFigures(trips: RoundTrips): Figure[] {
  return [
    {
      name: 'Round trips: ticket-data gets on load',
      measured: `${trips.loadTicketGets} (plus ${trips.loadOtherGets} other get: locale)`,
      target: 'exactly 1',
      met: trips.loadTicketGets === 1,
    },
    {
      name: 'Round trips: macros requests per page of macros',
      measured: `${trips.macrosRequestsAfterInserts} requests for ${trips.macrosPages} pages of ${trips.macrosPageSize} over ${trips.insertClicks} Insert clicks; ${trips.loadMacrosRequests} on load`,
      target: '≤ 1 per page',
      met: trips.macrosRequestsAfterInserts <= trips.macrosPages && trips.loadMacrosRequests === 0,
    },
    {
      name: 'Round trips: second ticket, macros requests',
      measured: `${trips.secondTicketMacrosRequestsOnLoad} on load (${trips.secondTicketFreshInstance ? 'fresh app frame per ticket; macros load on first Insert' : 'same app instance'})`,
      target: '0',
      met: trips.secondTicketMacrosRequestsOnLoad === 0,
    },
    {
      name: 'Round trips: installed requirements on load',
      measured: `${trips.secondTicketRequirementsRequests} request (installed macro and field ids)`,
      target: '≤ 1',
      met: trips.secondTicketRequirementsRequests <= 1,
    },
    {
      name: 'Round trips: one field change',
      measured: `${trips.fieldChangeGets} get (a burst of ${trips.burstChanges} changes: ${trips.burstChangeGets} get)`,
      target: '1 get',
      met: trips.fieldChangeGets === 1 && trips.burstChangeGets === 1,
    },
  ];
}

export function faultSweepFigure(sweep: FaultSweepResult): Figure {
  const { rendered, blank, stuck } = sweep.outcomes;
  return {
    name: 'Robustness: app loads with injected faults',
    measured: `${sweep.rigFailure ? `void, ${sweep.rigFailure}; before that ` : ''}${sweep.loads} loads: ${rendered} rendered, ${sweep.outcomes['error-state']} error state, ${blank} blank, ${stuck} stuck, ${sweep.withErrors} with uncaught/console errors`,
    target: '0 blank, 0 uncaught',
    met: sweep.rigFailure ? null : blank === 0 && stuck === 0 && sweep.withErrors === 0,
  };
}

export const DRY_RUN_RSS_TARGET_BYTES = 300 * 1024 * 1024;

export function dryRunFigures(dryRun: DryRunFigures, label: string): Figure[] {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  return [
    {
      name: `Dry run throughput (${label} export)`,
      measured: `${Math.round(dryRun.ticketsPerSecond).toLocaleString('en-US')} tickets/s (${dryRun.tickets.toLocaleString('en-US')} tickets in ${dryRun.seconds.toFixed(1)} s)`,
      target: 'reported',
      met: null,
    },
    {
      name: `Dry run peak RSS (${label} export)`,
      measured: mb(dryRun.peakRssBytes),
      target: '≤ 300 MB',
      met: dryRun.peakRssBytes > 0 && dryRun.peakRssBytes <= DRY_RUN_RSS_TARGET_BYTES,
    },
    {
      name: 'Dry run: first assessment line',
      measured: `${dryRun.firstLineMs.toFixed(0)} ms`,
      target: 'before the input is read',
      met: dryRun.firstLineMs < dryRun.seconds * 1000,
    },
  ];
}

/**
 * The sidebar under a heavy rulebook: from mount to the shown assessment, the override check
 * included (it runs once per sidebar start, before the assessment), must take under 1 s.
 */
export function heavyPanelFigures(times: PanelTimes): Figure[] {
  const row = (name: string, time: PanelTime): Figure => ({
    name,
    measured: `${time.totalMs.toFixed(0)} ms to the assessment, of which ${time.checkOverrideMs.toFixed(0)} ms checking the override (jsdom, React development build)`,
    target: '< 1 s to the assessment',
    met: time.totalMs < 1000,
  });
  return [row('Sidebar: 10,000 matching flag rules', times.flagRules), row('Sidebar: 100,000-character macro title', times.hugeTitle)];
}
