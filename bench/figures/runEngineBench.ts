// Engine throughput and the 1 MB description, measured by the engine's own benchmark
// (bench/engine.ts, `npm run bench:engine`): run as a child process and read from its output,
// so both commands always report the same figures.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export interface EngineFigures {
  ticketsPerSecond: number;
  hugeDescriptionMs: number;
  output: string;
}

const ENGINE_BENCH = resolve(import.meta.dirname, '..', 'engine.ts');

export function runEngineBench(): EngineFigures {
  const run = spawnSync(process.execPath, ['--import', 'tsx', ENGINE_BENCH], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  if (run.status !== 0)
    throw new Error(
      `bench/engine.ts exited with ${String(run.status ?? run.signal)}: ${output.trim().split('\n').pop() ?? ''}`,
    );
  return parseEngineOutput(output);
}

export function parseEngineOutput(output: string): EngineFigures {
  const perSecond = /tickets per second:\s*([\d,.]+)/i.exec(output)?.[1];
  const huge = /1 MB description[^:]*:\s*([\d.]+)\s*ms/i.exec(output)?.[1];
  if (perSecond === undefined || huge === undefined)
    throw new Error(`bench/engine.ts printed no figures I can read:\n${output}`);
  return {
    ticketsPerSecond: Number(perSecond.replace(/,/g, '')),
    hugeDescriptionMs: Number(huge),
    output,
  };
}
