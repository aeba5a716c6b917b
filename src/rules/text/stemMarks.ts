import type { AnalyzedText } from './types';

// Rule conditions ask "does this text contain stem X?" hundreds
// of times per ticket. The stems they ask about get small integer ids, and a text marks the ids
// it contains once, so each question is an array read instead of a string-keyed map lookup.

// Bounded: stems past the cap get no id and are looked up in the text's stem map instead.
const MAX_IDS = 50_000;
const stemIds = new Map<string, number>();

/** A small integer for `stem`, the same every time; -1 when the table is full. */
export function stemId(stem: string): number {
  let id = stemIds.get(stem);
  if (id === undefined && stemIds.size < MAX_IDS) {
    id = stemIds.size;
    stemIds.set(stem, id);
  }
  return id ?? -1;
}

// Marks are generation stamps in a reusable table: `stamps[id] === gen` means the stem with that
// id occurs in the text. A ticket's subject and description alternate, so two tables serve them
// with no per-text allocation; a third text takes the table used least recently, and a text that
// comes back is simply marked again.
export interface StemMarks {
  text: AnalyzedText | null;
  gen: number;
  /** Ids from here on were assigned after the marking: they are looked up in the text itself. */
  known: number;
  stamps: Uint32Array;
}

let recent: StemMarks = { text: null, gen: 0, known: 0, stamps: new Uint32Array(0) };
let older: StemMarks = { text: null, gen: 0, known: 0, stamps: new Uint32Array(0) };
let nextGen = 1;

function mark(slot: StemMarks, text: AnalyzedText): void {
  if (slot.stamps.length < stemIds.size) slot.stamps = new Uint32Array(Math.max(256, stemIds.size * 2));
  if (nextGen >= 0xffffffff) {
    recent.stamps.fill(0);
    older.stamps.fill(0);
    recent.text = older.text = null;
    nextGen = 1;
  }
  slot.text = text;
  slot.gen = nextGen++;
  slot.known = stemIds.size;
  for (const stem of text.stems.keys()) {
    const id = stemIds.get(stem);
    if (id !== undefined) slot.stamps[id] = slot.gen;
  }
}

/** The marks of `text` (texts are immutable once analyzed). Valid until the next call for a third text. */
export function marksFor(text: AnalyzedText): StemMarks {
  if (recent.text !== text) {
    const slot = older;
    older = recent;
    recent = slot;
    if (slot.text !== text) mark(slot, text);
  }
  return recent;
}

/** Whether `text` contains `stem`, whose id is `id` (from stemId); `marks` from marksFor(text). */
export function hasStem(text: AnalyzedText, marks: StemMarks, id: number, stem: string): boolean {
  if (id >= 0 && id < marks.known) return marks.stamps[id] === marks.gen;
  return text.stems.has(stem);
}
