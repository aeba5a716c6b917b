// What the dry run (assess) and eval read before they assess a ticket: the rulebook override
// (--rules), the engine settings (--config) and the tickets' input, each checked, so a run starts
// only with what works. What stops it is printed on stderr, and the command exits 2.
import { fstatSync, readFileSync, statSync } from 'node:fs';
import { loadRulebookForReview } from '../rules/index';
import { readEngineConfig } from '../rules/readEngineConfig';
import type { EngineConfig, Rulebook, RulebookProblem } from '../rules/types';
import { openInput, type OpenedInput } from './input/openInput';
import type { NamedInput } from './report/writeReport';

export interface RunInputPaths {
  /** The tickets: a path, or "-" for standard input. */
  input: string;
  rules: string | null;
  config: string | null;
}

export interface RunInputs {
  input: OpenedInput;
  rulebook: Rulebook;
  config: EngineConfig;
}

/** A file's text, "-" being standard input. */
function readText(path: string): string {
  return readFileSync(path === '-' ? 0 : path, 'utf8');
}

function printProblems(what: string, problems: readonly RulebookProblem[]) {
  process.stderr.write(`${what} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n`);
  for (const p of problems) process.stderr.write(`  ${p.path}: ${p.message}\n`);
}

/**
 * The checked rulebook, settings and opened input, or null when the command cannot run (the
 * reason is printed). `beforeChecks` is called once every file is read or open, before the
 * rulebook and settings are checked, with each file and what it is on disk (the dry run refuses a
 * --report that is one of them, first); a message it returns stops the run. Warnings about a rulebook
 * that works (a rule matching every sample ticket, a missing translation) are printed, and the run goes on.
 */
export function loadRunInputs(paths: RunInputPaths, beforeChecks?: (files: readonly NamedInput[]) => string | null): RunInputs | null {
  const files: NamedInput[] = [];
  const stats = (path: string) => (path === '-' ? fstatSync(0) : statSync(path));
  let rulesText: string | undefined;
  let configJson: unknown = {};
  try {
    if (paths.rules !== null) {
      rulesText = readText(paths.rules);
      files.push({ name: paths.rules, stats: stats(paths.rules) });
    }
    if (paths.config !== null) {
      const raw = readText(paths.config);
      files.push({ name: paths.config, stats: stats(paths.config) });
      try {
        configJson = JSON.parse(raw);
      } catch (error) {
        process.stderr.write(`${paths.config}: not valid JSON (${error instanceof Error ? error.message : String(error)})\n`);
        return null;
      }
    }
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return null;
  }
  const input = openInput(paths.input);
  if ('error' in input) {
    process.stderr.write(`${input.error}\n`);
    return null;
  }
  files.push({ name: input.name, stats: input.stats });
  const stop = (): null => {
    input.stream.destroy();
    return null;
  };

  const refused = beforeChecks?.(files) ?? null;
  if (refused !== null) {
    process.stderr.write(`${refused}\n`);
    return stop();
  }
  const { rulebook, problems, warnings } = loadRulebookForReview(rulesText);
  if (problems.length > 0) {
    printProblems(`The rulebook ${paths.rules ?? ''}`.trim(), problems);
    return stop();
  }
  for (const warning of warnings) process.stderr.write(`warning: ${warning.path}: ${warning.message}\n`);
  const { config, problems: configProblems } = readEngineConfig(configJson);
  if (configProblems.length > 0) {
    printProblems(`The configuration ${paths.config ?? ''}`.trim(), configProblems);
    return stop();
  }
  return { input, rulebook, config };
}
