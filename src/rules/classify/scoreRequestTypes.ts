// Scores each request type from the cue table. Cues are compiled to stems once, at load; per
// ticket the work is one map lookup per cue, never a scan of the text per cue.
import { BREAK_SENTENCE, findPhraseStarts, phraseStems, tokenSlice, type AnalyzedText } from '../text';
import type { RequestType } from '../types';
import { REQUEST_TYPE_CUES, type SequenceCue } from './requestTypeCues';

/** The subject is the customer's own summary: it counts twice. */
export const SUBJECT_WEIGHT = 2;

interface CompiledCue {
  type: RequestType;
  stems: readonly string[];
  weight: number;
  /** Position in the global phrase order (longest, then heaviest, first). */
  rank: number;
}
interface CompiledSequence {
  type: RequestType;
  first: ReadonlySet<string>;
  then: ReadonlySet<string>;
  within: number;
  weight: number;
}

interface CompiledCues {
  /** Phrase cues by their first stem: a ticket only looks at cues whose first word it contains. */
  phrasesByFirst: Map<string, CompiledCue[]>;
  wordsByStem: Map<string, CompiledCue[]>;
  sequences: CompiledSequence[];
}

function groupBy(cues: readonly CompiledCue[], key: (cue: CompiledCue) => string): Map<string, CompiledCue[]> {
  const groups = new Map<string, CompiledCue[]>();
  for (const cue of cues) {
    const list = groups.get(key(cue));
    if (list === undefined) groups.set(key(cue), [cue]);
    else list.push(cue);
  }
  return groups;
}

function compile(): CompiledCues {
  const byKey = new Map<string, CompiledCue>();
  const sequences: CompiledSequence[] = [];
  for (const [type, set] of Object.entries(REQUEST_TYPE_CUES) as [RequestType, NonNullable<(typeof REQUEST_TYPE_CUES)[RequestType]>][]) {
    for (const [text, weight] of [...set.phrases, ...set.words]) {
      const stems = phraseStems(text);
      if (stems.length === 0) continue;
      // "error" and "errors" share a stem: one cue, the higher weight.
      const key = `${type}\u0000${stems.join(' ')}`;
      const known = byKey.get(key);
      if (known === undefined || known.weight < weight) byKey.set(key, { type, stems, weight, rank: 0 });
    }
    for (const sequence of set.sequences ?? []) sequences.push(compileSequence(type, sequence));
  }
  const all = [...byKey.values()];
  // Longest phrases first, then the heavier: they claim their tokens before shorter ones.
  const phrases = all.filter((c) => c.stems.length > 1).sort((a, b) => b.stems.length - a.stems.length || b.weight - a.weight);
  phrases.forEach((cue, index) => (cue.rank = index));
  const words = all.filter((c) => c.stems.length === 1).sort((a, b) => b.weight - a.weight);
  return {
    phrasesByFirst: groupBy(phrases, (cue) => cue.stems[0] ?? ''),
    wordsByStem: groupBy(words, (cue) => cue.stems[0] ?? ''),
    sequences,
  };
}

function compileSequence(type: RequestType, cue: SequenceCue): CompiledSequence {
  const stemsOf = (words: readonly string[]) => new Set(words.flatMap((w) => phraseStems(w)));
  return { type, first: stemsOf(cue.first), then: stemsOf(cue.then), within: cue.within, weight: cue.weight };
}

const COMPILED = compile();

export interface TypeScores {
  scores: Map<RequestType, number>;
  evidence: Map<RequestType, string[]>;
}

function add(result: TypeScores, type: RequestType, weight: number, evidence: string): void {
  result.scores.set(type, (result.scores.get(type) ?? 0) + weight);
  const list = result.evidence.get(type);
  if (list === undefined) result.evidence.set(type, [evidence]);
  else if (!list.includes(evidence)) list.push(evidence);
}

function scoreField(text: AnalyzedText, field: string, fieldWeight: number, result: TypeScores): void {
  if (text.tokens.length === 0) return;
  const consumed = new Uint8Array(text.tokens.length);
  const phrases: CompiledCue[] = [];
  for (const stem of text.stems.keys()) {
    const cues = COMPILED.phrasesByFirst.get(stem);
    if (cues !== undefined) phrases.push(...cues);
  }
  phrases.sort((a, b) => a.rank - b.rank);
  for (const cue of phrases) {
    let matched: string | null = null;
    for (const start of findPhraseStarts(text, cue.stems)) {
      let free = true;
      for (let k = 0; k < cue.stems.length; k++) if (consumed[start + k] === 1) free = false;
      if (!free) continue;
      for (let k = 0; k < cue.stems.length; k++) consumed[start + k] = 1;
      matched ??= tokenSlice(text, start, cue.stems.length);
    }
    if (matched !== null) add(result, cue.type, cue.weight * fieldWeight, `${field}: "${matched}"`);
  }
  for (const [stem, indexes] of text.stems) {
    const cues = COMPILED.wordsByStem.get(stem);
    if (cues === undefined) continue;
    const live = indexes.find((i) => consumed[i] !== 1 && text.tokens[i]?.negated === false);
    if (live === undefined) continue;
    const raw = text.tokens[live]?.raw ?? stem;
    for (const cue of cues) add(result, cue.type, cue.weight * fieldWeight, `${field}: "${raw}"`);
  }
  for (const sequence of COMPILED.sequences) scoreSequence(text, field, fieldWeight, sequence, result);
}

/** `first … then` within the window, in one sentence, neither negated. Counts once per field. */
function scoreSequence(text: AnalyzedText, field: string, fieldWeight: number, sequence: CompiledSequence, result: TypeScores): void {
  for (const stem of sequence.first) {
    for (const i of text.stems.get(stem) ?? []) {
      if (text.tokens[i]?.negated) continue;
      for (let j = i + 1; j <= i + sequence.within && j < text.tokens.length; j++) {
        if ((text.breaks[j] ?? 0) >= BREAK_SENTENCE) break;
        const token = text.tokens[j];
        if (token === undefined || token.negated || !sequence.then.has(token.stem)) continue;
        add(result, sequence.type, sequence.weight * fieldWeight, `${field}: "${tokenSlice(text, i, j - i + 1)}"`);
        return;
      }
    }
  }
}

/** Text scores per request type, with the matched cues as evidence ('subject: "bug"'). */
export function scoreRequestTypes(subject: AnalyzedText, description: AnalyzedText): TypeScores {
  const result: TypeScores = { scores: new Map(), evidence: new Map() };
  scoreField(subject, 'subject', SUBJECT_WEIGHT, result);
  scoreField(description, 'description', 1, result);
  return result;
}
