// The eval command's options: its own (--expected-from-tags, --min-type, --min-owner) are taken
// out first; the rest (input, --rules, --config, --now) go through the dry run's parser, so both
// commands accept and refuse those exactly alike.
import { parseArgs, type CliArgs } from '../parseArgs';

export interface EvalArgs {
  input: string;
  rules: string | null;
  config: string | null;
  now: Date;
  expectedFromTags: boolean;
  /** Thresholds as shares (0–1); below one the command exits 1. */
  minType: number | null;
  minOwner: number | null;
}

export const EVAL_USAGE =
  'usage: npm run --silent eval -- <labelled.jsonl|-> [--rules <file>] [--config <file>] [--now <ISO time>] [--expected-from-tags] [--min-type <share>] [--min-owner <share>]';

/** "0.9", "90" and "90%" all mean 90 %. */
function readShare(option: string, value: string | undefined): number | { error: string } {
  if (value === undefined || value.startsWith('--')) return { error: `${option} needs a value such as 0.9 or 90%` };
  const text = value.endsWith('%') ? value.slice(0, -1) : value;
  const number = Number(text);
  if (text.trim() === '' || !Number.isFinite(number) || number < 0 || number > 100) return { error: `${option}: "${value}" is not a share such as 0.9 or 90%` };
  return value.endsWith('%') || number > 1 ? number / 100 : number;
}

export function parseEvalArgs(argv: readonly string[], clock?: () => Date): EvalArgs | { error: string } {
  const rest: string[] = [];
  let expectedFromTags = false;
  let minType: number | null = null;
  let minOwner: number | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--expected-from-tags') expectedFromTags = true;
    else if (arg === '--min-type' || arg === '--min-owner') {
      const value = readShare(arg, argv[i + 1]);
      if (typeof value !== 'number') return value;
      i++;
      if (arg === '--min-type') minType = value;
      else minOwner = value;
    } else if (arg === '--summary' || arg === '--report') return { error: `${arg} belongs to the dry run (npm run assess), not to eval` };
    else rest.push(arg);
  }
  const base: CliArgs | { error: string } = parseArgs(rest, clock);
  if ('error' in base) return base;
  return { input: base.input, rules: base.rules, config: base.config, now: base.now, expectedFromTags, minType, minOwner };
}
