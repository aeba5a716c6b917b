import { parseInstant } from './parseInstant';

export interface CliArgs {
  input: string;
  rules: string | null;
  config: string | null;
  now: Date;
  summary: boolean;
  /** --report <file>: also write the HTML report there. */
  report: string | null;
}

export const USAGE = 'usage: npm run --silent assess -- <file|-> [--rules <file>] [--config <file>] [--now <ISO time>] [--summary] [--report <file.html>]';

/** Parses the command line; a usage problem comes back as `error`, never thrown. */
export function parseArgs(argv: readonly string[], clock: () => Date = () => new Date()): CliArgs | { error: string } {
  let input: string | null = null;
  let rules: string | null = null;
  let config: string | null = null;
  let now: Date | null = null;
  let summary = false;
  let report: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const takeValue = () => {
      const value = argv[i + 1];
      i++;
      return value === undefined || (value.startsWith('--') && value.length > 2) ? null : value;
    };
    if (arg === '--summary') summary = true;
    else if (arg === '--rules' || arg === '--config' || arg === '--now' || arg === '--report') {
      const value = takeValue();
      if (value === null) return { error: `${arg} needs a value` };
      if (arg === '--rules') rules = value;
      else if (arg === '--config') config = value;
      else if (arg === '--report') report = value;
      else {
        const parsed = parseInstant(value);
        if (parsed === null) return { error: `--now: "${value}" is not an ISO 8601 time with its offset, such as 2026-11-26T12:00:00Z (a real date, hours, minutes, and Z or +01:00)` };
        now = parsed;
      }
    } else if (arg.startsWith('--') && arg.length > 2) return { error: `unknown option ${arg}` };
    else if (input === null) input = arg;
    else return { error: `unexpected argument ${arg}` };
  }
  if (input === null) return { error: 'name an input file, or - for standard input' };
  return { input, rules, config, now: now ?? clock(), summary, report };
}
