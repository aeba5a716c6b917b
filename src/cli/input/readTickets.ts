// The dry run's ticket reader, reusable by any command that reads tickets from a file: an async
// iterator of tickets and problems, one at a time, in input order. Accepted: JSON Lines (LF,
// CR LF or old-Mac CR line ends), a JSON array, Zendesk export pages `{"tickets": [...]}` (one
// document, or one page per line), with or without a UTF-8 byte-order mark. Every problem names
// the input, the line and column, and the item; the tickets around it are still read.
// Extra keys on a ticket (such as `expected` in the samples) are left for the normalizer to ignore.
import { describePosition, type InputPosition } from './InputPosition';
import { JsonRecordSplitter, type SplitRecord } from './JsonRecordSplitter';
import { StrictUtf8Decoder } from './StrictUtf8Decoder';

export type TicketRead = { ticket: Record<string, unknown>; position: InputPosition };
export type InputProblem = { problem: string; position: InputPosition | null };
export type InputItem = TicketRead | InputProblem;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const typeName = (v: unknown) => (Array.isArray(v) ? 'a list' : v === null ? 'null' : `a ${typeof v}`);
const LF = 10;
const CR = 13;

/** One record's text as a ticket, or the problem with it. */
function toItem(record: SplitRecord, name: string): InputItem {
  const at = `${name}, ${describePosition(record.position)}`;
  if ('problem' in record) return { problem: `${at}: ${record.problem}`, position: record.position };
  let value: unknown;
  try {
    value = JSON.parse(record.text);
  } catch (error) {
    return { problem: `${at}: not valid JSON (${error instanceof Error ? error.message : String(error)})`, position: record.position };
  }
  if (!isObject(value)) return { problem: `${at}: expected a ticket object, got ${typeName(value)}`, position: record.position };
  return { ticket: value, position: record.position };
}

function lineBreakIn(bytes: Uint8Array): number {
  const lf = bytes.indexOf(LF);
  const cr = bytes.indexOf(CR);
  if (lf === -1) return cr;
  if (cr === -1) return lf;
  return Math.min(lf, cr);
}

/**
 * Reads tickets from `chunks` (a file or standard input). `name` is how messages name the input.
 * Bytes that are not UTF-8 are reported with their position: in JSON Lines that line is skipped,
 * in one document spread over lines the reading stops there (nothing after it can be trusted).
 */
export async function* readTickets(chunks: AsyncIterable<Uint8Array | string>, name: string): AsyncGenerator<InputItem> {
  const splitter = new JsonRecordSplitter();
  const decoder = new StrictUtf8Decoder();
  let offset = 0;
  let skipping = false;

  const notUtf8 = (badByteAt: number, byte: number | undefined, skipsLine: boolean): InputProblem => {
    const position = splitter.position();
    const shown = byte === undefined ? 'an unfinished character' : `byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    const then = skipsLine ? '' : '; the rest of the input is not read';
    return {
      problem: `${name}, ${describePosition(position)}: not UTF-8 text (${shown} at byte offset ${badByteAt}; save the file as UTF-8 and run again)${then}`,
      position,
    };
  };

  for await (const chunk of chunks) {
    let bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    let at = offset;
    offset += bytes.length;
    while (bytes.length > 0) {
      if (skipping) {
        const lineEnd = lineBreakIn(bytes);
        if (lineEnd === -1) break;
        skipping = false;
        at += lineEnd;
        bytes = bytes.subarray(lineEnd);
        decoder.restartAt(at);
      }
      const decoded = decoder.decode(bytes);
      for (const record of splitter.push(decoded.text)) yield toItem(record, name);
      if (decoded.badByteAt === null) break;
      const skipsLine = splitter.linesMode !== false;
      yield notUtf8(decoded.badByteAt, decoded.rest[0], skipsLine);
      if (!skipsLine) return;
      splitter.abandon();
      skipping = true;
      at = decoded.badByteAt;
      bytes = decoded.rest;
    }
  }
  if (!skipping) {
    const { badByteAt } = decoder.end();
    if (badByteAt !== null) yield notUtf8(badByteAt, undefined, true);
  }
  for (const record of splitter.end()) yield toItem(record, name);
}
