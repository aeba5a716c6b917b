// Opens the dry run's input before anything runs, so a path that cannot be read (missing, not
// allowed, a directory) stops the command with a message that names it.
import { closeSync, createReadStream, fstatSync, openSync, type Stats } from 'node:fs';
import type { Readable } from 'node:stream';

export interface OpenedInput {
  /** How messages name the input: the path, or "standard input". */
  name: string;
  stream: Readable;
  /** What the input is on disk, to tell it apart from the report file. */
  stats: Stats;
}

/** The opened input, or a one-line reason it cannot be read. */
export function openInput(path: string): OpenedInput | { error: string } {
  if (path === '-') return { name: 'standard input', stream: process.stdin, stats: fstatSync(0) };
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'a directory, not a file of tickets' : error instanceof Error ? error.message : String(error);
    return { error: `${path}: ${why}` };
  }
  const stats = fstatSync(fd);
  if (stats.isDirectory()) {
    closeSync(fd);
    return { error: `${path} is a directory; name a file of tickets (JSON Lines, a JSON array or a Zendesk export)` };
  }
  return { name: path, stream: createReadStream('', { fd, highWaterMark: 1 << 16 }), stats };
}
