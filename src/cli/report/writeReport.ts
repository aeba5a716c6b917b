// `--report <file>`: checked before the run (never an input, and writable), written at the end.
// The page is written to a new file beside the target and renamed over it, so a run that fails
// half-way leaves any earlier report as it was.
import { closeSync, openSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { renderReport } from './buildReport';
import type { ReportData } from './ReportTally';
import type { ReportMeta } from './reportTypes';

export interface ReportTarget {
  path: string;
  /** The new file the page goes to first; open from the start, so writing is known to work. */
  partialPath: string;
  fd: number;
}

export interface NamedInput {
  name: string;
  stats: Stats;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Opens the report's target before any input is read, or says why it cannot be used. */
export function prepareReport(path: string, inputs: readonly NamedInput[]): ReportTarget | { error: string } {
  let existing: Stats | null = null;
  try {
    existing = statSync(path);
  } catch {
    existing = null;
  }
  if (existing !== null) {
    if (existing.isDirectory()) return { error: `--report ${path} is a directory; name the HTML file to write` };
    // Same device and inode: the same file, whatever path, symbolic or hard link leads to it.
    const clash = inputs.find((input) => input.stats.dev === existing.dev && input.stats.ino === existing.ino);
    if (clash) return { error: `--report ${path} is the input ${clash.name}; writing the report would overwrite it. Name another file.` };
  }
  const partialPath = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  try {
    if (existing !== null) closeSync(openSync(path, 'r+'));
    const fd = openSync(partialPath, 'wx');
    return { path, partialPath, fd };
  } catch (error) {
    return { error: `--report ${path}: cannot write there (${message(error)})` };
  }
}

/** Writes the page and puts it in place; returns an error message instead of throwing. */
export function writeReport(target: ReportTarget, data: ReportData, meta: ReportMeta): string | null {
  try {
    writeSync(target.fd, renderReport(data, meta));
    closeSync(target.fd);
    renameSync(target.partialPath, target.path);
    return null;
  } catch (error) {
    discardReport(target);
    return `--report ${target.path}: ${message(error)}`;
  }
}

/** The run stopped: the half-made file goes, an earlier report stays. */
export function discardReport(target: ReportTarget): void {
  try {
    closeSync(target.fd);
  } catch {
    // Already closed.
  }
  try {
    unlinkSync(target.partialPath);
  } catch {
    // Already gone.
  }
}
