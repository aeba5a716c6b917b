import { cleanText } from './cleanText';
import { findPhraseStarts, firstStem, phraseStems, tokenSlice } from './findPhrase';
import { hasStem, marksFor, stemId, type StemMarks } from './stemMarks';
import { stemWord } from './stemWord';
import type { AnalyzedText } from './types';

// Rule conditions name hundreds of words and phrases, and most are absent from any one ticket.
// Each entry is prepared once per condition value (cached by identity, rulebooks are immutable
// data): only its first stem. Per ticket text, the first stems the rulebook cares about are
// marked once in a stamp table, so an absent entry costs one array read; only entries whose
// first stem occurs go on to the real matching and negation rules, and only then is a phrase
// stemmed whole (phraseStems, cached) and cleaned (see cleanedFirstOccurs): most phrases of a
// rulebook never are on a given ticket, and doing both for all of them up front was most of the
// engine's first assessment.
// The one word and phrase matcher: rule conditions, deployment cues and tests all use it.

interface Entry {
  value: string;
  /** The stem a match must start with; null when the entry has no letters or digits. */
  first: string | null;
  /** Small integer for `first` (see stemId); -1 when the id table is full. */
  firstId: number;
  /** A single word (looked up by stem) rather than a phrase, matched by its stems (phraseStems). */
  single: boolean;
  /** A phrase's first stem once cleaned like ticket text; undefined until first needed. */
  cleanedFirst: string | null | undefined;
}

const compiled = new WeakMap<object, Entry[]>();
const single = new Map<string, Entry[]>();

const WORD = /^[\p{L}\p{N}']+$/u;

function entry(value: string): Entry {
  const isWord = WORD.test(value);
  const first = isWord ? stemWord(value) : firstStem(value);
  return { value, first, firstId: first === null ? -1 : stemId(first), single: isWord, cleanedFirst: undefined };
}

/**
 * A phrase is cleaned like ticket text, and its cleaned first stem must occur too: a value that
 * is all signature or markup ("best regards", "<br>") matches nothing. Asked only once the
 * phrase's own first stem occurs, which any match needs anyway.
 */
function cleanedFirstOccurs(text: AnalyzedText, entry: Entry): boolean {
  if (entry.cleanedFirst === undefined) entry.cleanedFirst = firstStem(cleanText(entry.value).cleaned);
  return entry.cleanedFirst !== null && text.stems.has(entry.cleanedFirst);
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
  return entry.first !== null && hasStem(text, marks, entry.firstId, entry.first) && (entry.single || cleanedFirstOccurs(text, entry));
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
      const stems = phraseStems(entry.value);
      if (stems.length > 0) addPhraseMatches(text, stems, found, 0);
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
    addPhraseMatches(text, phraseStems(entry.value), found, found.length);
  }
  return found ?? NONE;
}
