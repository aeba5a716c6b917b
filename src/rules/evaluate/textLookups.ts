import { analyzeText, findPhrase, findWords, stemWord, type AnalyzedText } from '../text/index';

// Rule conditions name hundreds of words and phrases, and most are absent from any one ticket.
// Each entry's first stem is computed once per condition value (cached by identity, rulebooks are
// immutable data), so an absent entry costs one Map lookup; only entries whose first stem occurs
// in the text go to findWords / findPhrase, which keep the real matching and negation rules.

interface Entry {
  value: string;
  /** The stem a match must start with; null when the entry has no letters or digits. */
  first: string | null;
}

const compiled = new WeakMap<object, Entry[]>();
const single = new Map<string, Entry[]>();

function firstStem(value: string): string | null {
  if (/^[\p{L}\p{N}']+$/u.test(value)) return stemWord(value);
  return analyzeText(value).tokens[0]?.stem ?? null;
}

function entriesFor(value: readonly string[] | string): Entry[] {
  if (typeof value === 'string') {
    let entries = single.get(value);
    if (!entries) {
      entries = [{ value, first: firstStem(value) }];
      if (single.size < 10_000) single.set(value, entries);
    }
    return entries;
  }
  let entries = compiled.get(value);
  if (!entries) {
    entries = value.filter((v) => typeof v === 'string').map((v) => ({ value: v, first: firstStem(v) }));
    compiled.set(value, entries);
  }
  return entries;
}

function present(text: AnalyzedText, entries: readonly Entry[]): string[] {
  const candidates: string[] = [];
  for (const entry of entries) if (entry.first !== null && text.stems.has(entry.first)) candidates.push(entry.value);
  return candidates;
}

/** findWords over the entries that can possibly match. */
export function lookupWords(text: AnalyzedText, value: readonly string[] | string): string[] {
  const candidates = present(text, entriesFor(value));
  return candidates.length === 0 ? [] : findWords(text, candidates);
}

/** findPhrase for each phrase that can possibly match. */
export function lookupPhrases(text: AnalyzedText, value: readonly string[] | string): string[] {
  const candidates = present(text, entriesFor(value));
  return candidates.flatMap((phrase) => findPhrase(text, phrase));
}
