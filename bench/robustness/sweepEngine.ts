// Robustness sweep, engine half: N generated tickets through normalization and assess(). Counts
// exceptions (the promise is zero) and outputs that break the Assessment contract.
import fc from 'fast-check';
import { assess, DEFAULT_CONFIG, loadRulebook } from '../../src/rules';
import { emptyTicket, fromApiTicket, fromSidebarData } from '../../src/rules/normalize';
import {
  FIRST_RESPONSE_STATES,
  OWNERS,
  PRIORITIES,
  REQUEST_TYPES,
  SEVERITIES,
  type Assessment,
  type Ticket,
} from '../../src/rules/types';
import {
  hostileApiTicket,
  hostileNow,
  hostileSidebarData,
  hostileTicketPatch,
} from './hostileTickets';

export const ENGINE_SWEEP_SEED = 20261126;

export interface EngineSweepResult {
  tickets: number;
  /** Per input path: REST JSON → fromApiTicket, sidebar get → fromSidebarData, broken Ticket → assess. */
  byPath: Record<'api' | 'sidebar' | 'malformedTicket', PathStats>;
  exceptions: number;
  /** assess() caught an internal error and answered with its conservative fallback (not a throw, but worth knowing). */
  internalFallbacks: number;
  invalidOutputs: number;
  /** The first few failures, with what reproduces them. */
  examples: string[];
  seconds: number;
}

interface PathStats {
  tickets: number;
  exceptions: number;
  invalidOutputs: number;
  internalFallbacks: number;
}

type Path = keyof EngineSweepResult['byPath'];
const PATHS: Path[] = ['api', 'sidebar', 'malformedTicket'];
const BATCH = 250;

export function sweepEngine(count: number, seed = ENGINE_SWEEP_SEED): EngineSweepResult {
  const { rulebook } = loadRulebook(undefined);
  const result: EngineSweepResult = {
    tickets: 0,
    byPath: { api: empty(), sidebar: empty(), malformedTicket: empty() },
    exceptions: 0,
    internalFallbacks: 0,
    invalidOutputs: 0,
    examples: [],
    seconds: 0,
  };
  const started = performance.now();
  for (let batch = 0; result.tickets < count; batch++) {
    const size = Math.min(BATCH, count - result.tickets);
    const inputs = fc.sample(
      fc.tuple(
        fc.constantFrom(...PATHS),
        hostileApiTicket,
        hostileSidebarData,
        hostileTicketPatch,
        hostileNow,
      ),
      {
        seed: seed + batch,
        numRuns: size,
      },
    );
    inputs.forEach(([path, api, sidebar, patch, now], index) => {
      const stats = result.byPath[path];
      stats.tickets++;
      result.tickets++;
      try {
        const ticket = toTicket(path, api, sidebar, patch);
        const assessment = assess(ticket, rulebook, DEFAULT_CONFIG, now);
        if (assessment.warnings.some((warning) => String(warning).startsWith('internal error'))) {
          stats.internalFallbacks++;
          result.internalFallbacks++;
          note(
            result,
            `${path} (seed ${seed + batch}, #${index}): fallback: ${assessment.warnings.join('; ').slice(0, 200)}`,
          );
        }
        const problem = contractProblem(assessment);
        if (problem) {
          stats.invalidOutputs++;
          result.invalidOutputs++;
          note(result, `${path} (seed ${seed + batch}, #${index}): invalid output: ${problem}`);
        }
      } catch (error) {
        stats.exceptions++;
        result.exceptions++;
        note(
          result,
          `${path} (seed ${seed + batch}, #${index}): ${error instanceof Error ? error.stack?.split('\n').slice(0, 2).join(' ') : String(error)}`,
        );
      }
    });
  }
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

function toTicket(
  path: Path,
  api: unknown,
  sidebar: unknown,
  patch: Record<string, unknown>,
): Ticket {
  if (path === 'api') return fromApiTicket(api);
  if (path === 'sidebar') return fromSidebarData(sidebar as Record<string, unknown>);
  return { ...emptyTicket(), ...patch } as Ticket;
}

function contractProblem(assessment: Assessment): string | null {
  if (!REQUEST_TYPES.includes(assessment.requestType))
    return `requestType ${String(assessment.requestType)}`;
  if (!OWNERS.includes(assessment.owner)) return `owner ${String(assessment.owner)}`;
  if (!SEVERITIES.includes(assessment.severity)) return `severity ${String(assessment.severity)}`;
  if (!PRIORITIES.includes(assessment.priority)) return `priority ${String(assessment.priority)}`;
  if (assessment.firstResponseState !== null && !FIRST_RESPONSE_STATES.includes(assessment.firstResponseState))
    return `firstResponseState ${String(assessment.firstResponseState)}`;
  for (const key of ['firstResponseDue', 'firstResponseAt'] as const) {
    const value = assessment[key];
    if (value !== null && (typeof value !== 'string' || Number.isNaN(Date.parse(value)))) return `${key} ${String(value)}`;
  }
  if ((assessment.firstResponseDue === null) !== (assessment.firstResponseState === null))
    return 'firstResponseState without firstResponseDue, or the reverse';
  for (const key of ['flags', 'macros', 'reasons', 'warnings'] as const) {
    if (!Array.isArray(assessment[key])) return `${key} is not an array`;
  }
  JSON.stringify(assessment);
  return null;
}

function empty(): PathStats {
  return { tickets: 0, exceptions: 0, invalidOutputs: 0, internalFallbacks: 0 };
}

function note(result: EngineSweepResult, example: string): void {
  if (result.examples.length < 5) result.examples.push(example);
}
