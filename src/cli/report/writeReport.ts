// `--report <file>`: writes the HTML report beside the dry run's normal output.
import { writeFileSync } from 'node:fs';
import { buildReport } from './buildReport';
import type { ReportMeta, ReportRow } from './reportTypes';

/** Returns an error message instead of throwing, so the command can exit with its usage code. */
export function writeReport(path: string, rows: readonly ReportRow[], meta: ReportMeta): string | null {
  try {
    writeFileSync(path, buildReport(rows, meta));
    return null;
  } catch (error) {
    return `--report ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
