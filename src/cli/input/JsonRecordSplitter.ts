// Splits streamed JSON text into ticket-sized records without ever holding the whole input: the
// items of a top-level array, the items of each Zendesk export page `{"tickets": [...]}`, and
// every other top-level value (JSON Lines). Only the record being read is buffered, so memory
// stays flat however large the input. Records are not parsed here: each one's text goes to
// JSON.parse on its own, so one broken item is reported and the others are kept.
//
// Hand-written rather than a streaming JSON library: those stop at the first syntax error, and a
// dry run must keep every readable ticket around a broken one and say where it was.
import type { InputPosition } from './InputPosition';

export type SplitRecord = { text: string; position: InputPosition } | { problem: string; position: InputPosition };

/** A single record larger than this is refused instead of growing memory without bound. */
const MAX_RECORD_CHARS = 64 * 1024 * 1024;

/** Keys that only a ticket has: an object with one of them before `tickets` is a ticket, not a page. */
const TICKET_KEYS = new Set(['id', 'url', 'subject', 'raw_subject', 'description', 'status', 'priority', 'requester_id', 'via', 'tags', 'created_at', 'custom_fields']);

const QUOTE = 34;
const BACKSLASH = 92;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const BOM = 0xfeff;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const COMMA = 44;
const COLON = 58;

/** Inside a string, the only characters that matter. */
const STRING_STOP = /["\\\r\n]/g;

type RecordKind = 'container' | 'scalar' | 'junk';

export class JsonRecordSplitter {
  // Where the next character is.
  private offset = 0;
  private line = 1;
  private lineStart = 0;
  private afterCR = false;

  // The JSON structure around it.
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** The depth whose values are records (1 in a top-level array, 2 in a page), or -1. */
  private itemsAt = -1;
  private itemIndex = 0;
  private pageIndex = 0;
  /** The top-level value being read, for messages about one left open. */
  private topStart: InputPosition | null = null;
  private topKind: 'array' | 'page' | 'maybe-page' | 'object' | null = null;

  // Keys of a top-level object, to tell a ticket from an export page.
  private keyState: 'key' | 'in-key' | 'colon' | 'value' | 'other' = 'other';
  private keyParts: string[] = [];
  private keyFrom = 0;
  private pendingKey = '';
  private sawTicketKey = false;

  // The record being captured.
  private capturing = false;
  private kind: RecordKind = 'container';
  private recordDepth = 0;
  private recordStart: InputPosition = { line: 1, column: 1 };
  private parts: string[] = [];
  private captureFrom = 0;
  private captured = 0;
  private oversized = false;

  private out: SplitRecord[] = [];

  /**
   * Whether the input is JSON Lines: known once the first top-level value ends (on the line it
   * began: lines; across lines: one document). In JSON Lines a line break ends a broken record
   * there, so one bad line never swallows the next.
   */
  linesMode: boolean | null = null;

  /** Position of the next character, with the item it falls in. */
  position(): InputPosition {
    const at = { line: this.line, column: this.offset - this.lineStart + 1 };
    if (!this.capturing || this.recordStart.item === undefined) return at;
    const { item, page } = this.recordStart;
    return page === undefined ? { ...at, item } : { ...at, page, item };
  }

  push(chunk: string): SplitRecord[] {
    this.out = [];
    const n = chunk.length;
    let i = 0;
    while (i < n) {
      if (this.inString) {
        i = this.skipString(chunk, i);
        continue;
      }
      const code = chunk.charCodeAt(i);
      if (code === LF || code === CR) this.lineBreak(chunk, i, code);
      else if (code === SPACE || code === TAB || code === BOM) this.afterCR = false;
      else this.structural(chunk, i, code);
      i++;
    }
    if (this.capturing && !this.oversized) this.keep(chunk.slice(this.captureFrom));
    if (this.keyState === 'in-key') this.keyParts.push(chunk.slice(this.keyFrom));
    this.captureFrom = 0;
    this.keyFrom = 0;
    this.offset += n;
    return this.out;
  }

  /** The input ended: a record or document still open is reported, never dropped silently. */
  end(): SplitRecord[] {
    this.out = [];
    if (this.capturing && this.kind === 'junk') this.finish('', 0);
    else if (this.capturing || this.depth > 0) this.cut('the input ends before it is complete');
    return this.out;
  }

  /** Drops the record being read (its line had bytes that are not text) and starts afresh. */
  abandon(): void {
    this.reset();
  }

  private skipString(chunk: string, i: number): number {
    const n = chunk.length;
    if (this.escaped) {
      this.escaped = false;
      this.afterCR = false;
      return i + 1;
    }
    STRING_STOP.lastIndex = i;
    const stop = STRING_STOP.exec(chunk);
    if (stop === null) {
      this.afterCR = false;
      return n;
    }
    const at = stop.index;
    const code = chunk.charCodeAt(at);
    if (at > i) this.afterCR = false;
    if (code === BACKSLASH) {
      this.afterCR = false;
      if (at + 1 < n) return at + 2;
      this.escaped = true;
      return n;
    }
    if (code === QUOTE) {
      this.afterCR = false;
      this.inString = false;
      if (this.keyState === 'in-key') {
        this.keyParts.push(chunk.slice(this.keyFrom, at));
        this.pendingKey = this.keyParts.join('');
        this.keyParts = [];
        this.keyState = 'colon';
      }
      return at + 1;
    }
    // A raw line break inside a string: never valid JSON, so in JSON Lines the line is broken.
    this.lineBreak(chunk, at, code);
    return at + 1;
  }

  /** CR LF, LF and a lone CR (old Mac files) each end one line. */
  private lineBreak(chunk: string, i: number, code: number) {
    if (code === LF && this.afterCR) {
      this.lineStart = this.offset + i + 1;
      this.afterCR = false;
      return;
    }
    const where = this.position2(i);
    const open = this.depth > 0 || this.inString;
    if (open && this.linesMode === null) {
      // The first value goes on past its line: a document spread over lines, unless the line
      // break falls inside a text on the value's first line (a JSON Lines line cut short).
      this.linesMode = this.inString && this.topStart?.line === this.line;
    }
    this.line++;
    this.lineStart = this.offset + i + 1;
    this.afterCR = code === CR;
    if (this.capturing && this.kind === 'junk') this.finish(chunk, i);
    else if (this.linesMode === true && open) this.cut('the line ends before its JSON value is complete', where);
  }

  private structural(chunk: string, i: number, code: number) {
    this.afterCR = false;
    if (this.capturing && this.kind === 'junk') return;
    switch (code) {
      case QUOTE:
        this.valueStarts(i, 'scalar', false);
        if (this.depth === 1 && this.topKind !== 'array' && this.keyState === 'key') {
          this.keyState = 'in-key';
          this.keyFrom = i + 1;
        }
        this.inString = true;
        return;
      case OPEN_OBJECT:
      case OPEN_ARRAY:
        this.open(i, code);
        return;
      case CLOSE_OBJECT:
      case CLOSE_ARRAY:
        this.close(chunk, i);
        return;
      case COMMA:
        if (this.capturing && this.kind === 'scalar' && this.depth === this.recordDepth) this.finish(chunk, i);
        if (this.depth === 1 && this.topKind !== 'array') this.keyState = 'key';
        return;
      case COLON:
        if (this.depth === 1 && this.keyState === 'colon') {
          this.keyState = 'value';
          if (TICKET_KEYS.has(this.pendingKey)) this.sawTicketKey = true;
        }
        return;
      default:
        this.valueStarts(i, 'scalar', false);
    }
  }

  /** A value begins at `i`: at the records' depth it starts a record. */
  private valueStarts(i: number, kind: RecordKind, isObject: boolean) {
    if (this.topKind === 'maybe-page' && this.depth === 2) this.decidePage(isObject);
    if (this.capturing) return;
    if (this.depth === 0) {
      if (kind === 'scalar') {
        // Text at the top level that is not an object or array: the rest of its line.
        this.topStart = this.position2(i);
        this.begin(i, 'junk', 0);
      }
      return;
    }
    if (this.depth === this.itemsAt) {
      this.itemIndex++;
      this.begin(i, kind, this.depth);
    }
  }

  /**
   * `{"tickets": [` with no ticket key before it: an export page if the list holds objects (its
   * tickets become the records), a ticket whose own `tickets` field is a list otherwise.
   */
  private decidePage(isObject: boolean) {
    if (isObject) {
      this.topKind = 'page';
      this.pageIndex++;
      this.itemIndex = 0;
      this.drop();
    } else {
      this.topKind = 'object';
      this.itemsAt = -1;
    }
  }

  private position2(i: number): InputPosition {
    return { line: this.line, column: this.offset + i - this.lineStart + 1 };
  }

  private open(i: number, code: number) {
    if (this.depth === 0) {
      this.topStart = this.position2(i);
      if (code === OPEN_ARRAY && this.linesMode === true) {
        // A line of JSON Lines that holds a list: one record, reported as not a ticket.
        this.topKind = 'array';
        this.begin(i, 'container', 0);
      } else if (code === OPEN_ARRAY) {
        this.topKind = 'array';
        this.itemsAt = 1;
        this.itemIndex = 0;
      } else {
        this.topKind = 'object';
        this.keyState = 'key';
        this.sawTicketKey = false;
        this.begin(i, 'container', 0);
      }
    } else if (this.depth === 1 && this.topKind === 'object' && this.keyState === 'value') {
      this.keyState = 'other';
      if (code === OPEN_ARRAY && this.pendingKey === 'tickets' && !this.sawTicketKey) {
        this.topKind = 'maybe-page';
        this.itemsAt = 2;
      }
    } else {
      if (this.depth === 1 && this.keyState === 'value') this.keyState = 'other';
      this.valueStarts(i, 'container', code === OPEN_OBJECT);
    }
    this.depth++;
  }

  private close(chunk: string, i: number) {
    if (this.depth === 0) {
      // A stray closing bracket at the top level: report its line as not JSON.
      this.topStart = this.position2(i);
      this.begin(i, 'junk', 0);
      return;
    }
    if (this.capturing && this.kind === 'scalar' && this.depth === this.recordDepth) this.finish(chunk, i);
    this.depth--;
    // A page whose ticket list was empty: nothing to read.
    if (this.depth === 0 && this.topKind === 'maybe-page' && !this.sawTicketKey) this.drop();
    if (this.capturing && this.kind === 'container' && this.depth === this.recordDepth) this.finish(chunk, i + 1);
    if (this.depth === this.itemsAt - 1) this.itemsAt = -1;
    if (this.depth === 1 && this.topKind === 'page') this.keyState = 'other';
    if (this.depth === 0) this.topEnds();
  }

  private topEnds() {
    if (this.linesMode === null && this.topStart !== null) this.linesMode = this.topStart.line === this.line;
    this.topKind = null;
    this.topStart = null;
    this.keyState = 'other';
  }

  private begin(i: number, kind: RecordKind, depth: number) {
    this.capturing = true;
    this.kind = kind;
    this.recordDepth = depth;
    this.recordStart = this.itemPosition(this.position2(i));
    this.parts = [];
    this.captureFrom = i;
    this.captured = 0;
    this.oversized = false;
  }

  private itemPosition(at: InputPosition): InputPosition {
    if (this.depth === 0) return at;
    return this.topKind === 'page' ? { ...at, page: this.pageIndex, item: this.itemIndex } : { ...at, item: this.itemIndex };
  }

  private keep(text: string) {
    this.captured += text.length;
    if (this.captured > MAX_RECORD_CHARS) {
      this.oversized = true;
      this.parts = [];
    } else this.parts.push(text);
  }

  /** The record ends just before `end` in `chunk`. */
  private finish(chunk: string, end: number) {
    if (!this.oversized) this.keep(chunk.slice(this.captureFrom, end));
    const position = this.recordStart;
    if (this.oversized) {
      this.out.push({ problem: `larger than ${MAX_RECORD_CHARS / 1024 / 1024} MB; skipped`, position });
    } else this.out.push({ text: this.parts.join(''), position });
    const junk = this.kind === 'junk';
    this.drop();
    if (junk) {
      if (this.linesMode === null) this.linesMode = true;
      this.topStart = null;
    }
  }

  private drop() {
    this.capturing = false;
    this.parts = [];
    this.captured = 0;
    this.oversized = false;
  }

  /** The record (or the document) cannot be completed: report it and start again at the top. */
  private cut(why: string, where: InputPosition = this.position()) {
    if (this.capturing) {
      this.out.push({ problem: `not valid JSON (${why})`, position: this.recordStart });
    } else if (this.topStart !== null) {
      const what = this.topKind === 'array' ? 'the JSON array' : 'the export page';
      this.out.push({ problem: `not valid JSON (${why}: ${what} that begins at line ${this.topStart.line}, column ${this.topStart.column} is not closed)`, position: where });
    }
    this.reset();
  }

  private reset() {
    this.drop();
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
    this.itemsAt = -1;
    this.topKind = null;
    this.topStart = null;
    this.keyState = 'other';
    this.keyParts = [];
  }
}
