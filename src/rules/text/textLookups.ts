import { cleanText } from './cleanText';
import { findPhraseStarts, phraseStems, tokenSlice } from './findPhrase';
import { hasStem, marksFor, stemId, type StemMarks } from './stemMarks';
import { stemWord } from './stemWord';
import type { AnalyzedText } from './types';

// Rule conditions name hundreds of words and phrases, and most are absent from any one ticket.
// Each entry is prepared once per condition value (cached by identity, rulebooks are immutable
// data): its first stem, and for phrases all its stems. Per ticket text, the first stems the
// rulebook cares about are marked once in a stamp table, so an absent entry costs one array
// read; only entries whose first stem occurs go on to the real matching and negation rules.
// The one word and phrase matcher: rule conditions, deployment cues and tests all use it.

interface Entry {
  value: string;
  /** The stem a match must start with; null when the entry has no letters or digits. */
  first: string | null;
  /** Small integer for `first` (see stemId); -1 when the id table is full. */
  firstId: number;
  /** A single word (looked up by stem) rather than a phrase. */
  single: boolean;
  /** The entry's stems as a phrase (phraseStems). */
  stems: readonly string[];
}

const compiled = new WeakMap<object, Entry[]>();
const single = new Map<string, Entry[]>();

const WORD = /^[\p{L}\p{N}']+$/u;

/**
 * A value is cleaned like ticket text before its first stem is taken (a value that is all
 * signature or markup, "best regards" or "<br>", starts with nothing and matches nothing). Only
 * the cleaning: the rest of the text analysis (negation, the pressure view) cannot change a first
 * stem, and run for each of a rulebook's hundreds of phrases it was most of the first assessment.
 */
function firstStem(value: string): string | null {
  if (WORD.test(value)) return stemWord(value);
  return phraseStems(cleanText(value).cleaned)[0] ?? null;
}

function entry(value: string): Entry {
  const first = firstStem(value);
  return { value, first, firstId: first === null ? -1 : stemId(first), single: WORD.test(value), stems: phraseStems(value) };
}

const NO_ENTRIES: Entry[] = [];

function entriesFor(value: readonly string[] | string): Entry[] {
  if (typeof value === 'string') {
    let entries = single.get(value);
    if (!entries) {
      entries = [entry(value)];
      if (single.size < 10_000) single.set(value, entries);
    }
    return entries;
  }
  if (!Array.isArray(value)) return NO_ENTRIES;
  let entries = compiled.get(value);
  if (!entries) {
    entries = value.filter((v) => typeof v === 'string').map(entry);
    compiled.set(value, entries);
  }
  return entries;
}

function mayOccur(text: AnalyzedText, marks: StemMarks, entry: Entry): boolean {
  return entry.first !== null && hasStem(text, marks, entry.firstId, entry.first);
}

/** Appends the live matches of a phrase entry, skipping slices already in `found`. */
function addPhraseMatches(text: AnalyzedText, stems: readonly string[], found: string[], from: number): void {
  for (const at of findPhraseStarts(text, stems)) {
    const slice = tokenSlice(text, at, stems.length);
    let seen = false;
    for (let k = from; k < found.length; k++) if (found[k] === slice) seen = true;
    if (!seen) found.push(slice);
  }
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * Which of the words occur as non-negated tokens, compared by stem ("failing" finds "failed"):
 * the matched text as written (evidence), deduplicated, in entry order. An entry with
 * punctuation or spaces ("sign-in") is looked up as a phrase. Junk values match nothing.
 * The result may be shared and must not be modified.
 */
export function lookupWords(text: AnalyzedText, value: readonly string[] | string): readonly string[] {
  const entries = entriesFor(value);
  let found: string[] | null = null;
  let marks: StemMarks | null = null;
  for (const entry of entries) {
    marks ??= marksFor(text);
    if (!mayOccur(text, marks, entry)) continue;
    found ??= [];
    if (!entry.single) {
      if (entry.stems.length > 0) addPhraseMatches(text, entry.stems, found, 0);
      continue;
    }
    const indexes = text.stems.get(entry.first!);
    if (indexes === undefined) continue;
    for (const i of indexes) {
      const token = text.tokens[i];
      if (token === undefined || token.negated) continue;
      if (!found.includes(token.raw)) found.push(token.raw);
      break;
    }
  }
  return found ?? NONE;
}

/**
 * The live matches of each phrase (see findPhraseStarts: stemmed, within a sentence, first token
 * not negated), as the original text slices; each phrase's own matches deduplicated, then
 * concatenated. The result may be shared and must not be modified.
 */
export function lookupPhrases(text: AnalyzedText, value: readonly string[] | string): readonly string[] {
  const entries = entriesFor(value);
  let found: string[] | null = null;
  let marks: StemMarks | null = null;
  for (const entry of entries) {
    marks ??= marksFor(text);
    if (!mayOccur(text, marks, entry)) continue;
    found ??= [];
    addPhraseMatches(text, entry.stems, found, found.length);
  }
  return found ?? NONE;
}
