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
}
interface CompiledSequence {
  type: RequestType;
  first: ReadonlySet<string>;
  then: ReadonlySet<string>;
  within: number;
  weight: number;
}

function compile(): { phrases: CompiledCue[]; words: CompiledCue[]; sequences: CompiledSequence[] } {
  const byKey = new Map<string, CompiledCue>();
  const sequences: CompiledSequence[] = [];
  for (const [type, set] of Object.entries(REQUEST_TYPE_CUES) as [RequestType, NonNullable<(typeof REQUEST_TYPE_CUES)[RequestType]>][]) {
    for (const [text, weight] of [...set.phrases, ...set.words]) {
      const stems = phraseStems(text);
      if (stems.length === 0) continue;
      // "error" and "errors" share a stem: one cue, the higher weight.
      const key = `${type}\u0000${stems.join(' ')}`;
      const known = byKey.get(key);
      if (known === undefined || known.weight < weight) byKey.set(key, { type, stems, weight });
    }
    for (const sequence of set.sequences ?? []) sequences.push(compileSequence(type, sequence));
  }
  const all = [...byKey.values()];
  // Longest phrases first, then the heavier: they claim their tokens before shorter ones.
  const phrases = all.filter((c) => c.stems.length > 1).sort((a, b) => b.stems.length - a.stems.length || b.weight - a.weight);
  const words = all.filter((c) => c.stems.length === 1).sort((a, b) => b.weight - a.weight);
  return { phrases, words, sequences };
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
  for (const cue of COMPILED.phrases) {
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
  for (const cue of COMPILED.words) {
    const indexes = text.stems.get(cue.stems[0] ?? '');
    if (indexes === undefined) continue;
    for (const i of indexes) {
      const token = text.tokens[i];
      if (token === undefined || token.negated || consumed[i] === 1) continue;
      add(result, cue.type, cue.weight * fieldWeight, `${field}: "${token.raw}"`);
      break;
    }
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
