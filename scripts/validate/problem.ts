// One finding of the offline package check, shaped like a line of the CLI output.

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Path of the offending file, relative to the app folder (posix separators). */
  file: string;
  /** JSON path inside the file (e.g. `parameters[2].type`); empty when the whole file is meant. */
  key: string;
  message: string;
}

export function error(file: string, key: string, message: string): Problem {
  return { severity: 'error', file, key, message };
}

export function warning(file: string, key: string, message: string): Problem {
  return { severity: 'warning', file, key, message };
}
