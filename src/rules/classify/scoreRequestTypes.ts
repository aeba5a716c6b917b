// Scores each request type from the cue table. Cues are compiled to stems and ordered at build
// time (cueTable.generated.ts); loading only indexes them, in one pass. Per ticket the work is one
// map lookup per word of the text, never a scan of the text per cue.
import { appendTo } from '../appendTo';
import { BREAK_SENTENCE, findPhraseStarts, tokenSlice, type AnalyzedText } from '../text';
import type { RequestType } from '../types';
import { CUE_KINDS, splitStems, type CueRun, type CueKind, type CueTable } from './cueTable';
import { CUE_TABLE } from './cueTable.generated';

/** The subject is the customer's own summary: it counts twice. */
const SUBJECT_WEIGHT = 2;
/**
 * Context cues (component and protocol names: "migrator", "SMTP", "SAML") say what a ticket is
 * near, not what is asked: together they add at most this much to a type, whatever the count.
 */
const CONTEXT_CAP = 3;
/** Scope cues ("all users", "every page") without any failure stated are only a hint. */
const SCOPE_WITHOUT_FAILURE = 0.25;
/**
 * Pasted logs or stack traces (removed before the words vote) say something failed: a hint for
 * the reactive types, never a topic. Troubleshooting is the reactive type that assumes least.
 */
const LOG_SIGNATURE_WEIGHT = 1.5;
/**
 * A supported customisation named (values override file, documented components) leaves this
 * share of the customization score, unless an ownership cue of at least OWNERSHIP_WEIGHT ("our
 * fork", "our own patches", "modified the templates") says the customer changed our files too.
 */
const SUPPORTED_CUSTOMIZATION_SHARE = 0.2;
const OWNERSHIP_WEIGHT = 4;

interface CompiledCue {
  type: RequestType;
  kind: CueKind;
  weight: number;
}
/** A cue of two stems or more. */
interface PhraseCue extends CompiledCue {
  stems: readonly string[];
  /** Position in the global phrase order (longest, then heaviest, first). */
  rank: number;
}
interface CompiledSequence {
  type: RequestType;
  first: ReadonlySet<string>;
  atStart: ReadonlySet<string>;
  then: ReadonlySet<string>;
  within: number;
  weight: number;
}

interface CompiledCues {
  /**
   * Phrase cues by their first stem, in rank order. A phrase can match only where its first two
   * stems are adjacent, so a ticket looks only at the cues of a word it contains whose second
   * stem follows it. One map of lists, not a map per first stem: a fresh page builds it in a
   * fraction of the time and memory.
   */
  phrasesByFirst: Map<string, PhraseCue[]>;
  wordsByStem: Map<string, CompiledCue[]>;
  sequences: CompiledSequence[];
  /** Sequences by each of their `then` stems: a text without any of them cannot complete one. */
  sequencesByThen: Map<string, CompiledSequence[]>;
}

/**
 * Calls `visit` with each cue of `runs` (its stems joined by spaces) and its run's type, kind and
 * weight. Visitors write a cue's fields out rather than spread the run: spread objects made a
 * fresh engine allocate about 300 KB more.
 */
function eachCue(table: CueTable, runs: readonly CueRun[], visit: (joined: string, cue: CompiledCue) => void): void {
  for (const [type, kind, weight, cues] of runs) {
    const run: CompiledCue = { type: table.types[type] as RequestType, kind: CUE_KINDS[kind] as CueKind, weight };
    for (const joined of cues.split('|')) visit(joined, run);
  }
}

/**
 * The generated table, indexed in one pass: it is already in rank order (phrases) and heaviest
 * first (words), so each index list keeps that order without sorting at load.
 */
function indexCues(table: CueTable): CompiledCues {
  const phrasesByFirst = new Map<string, PhraseCue[]>();
  let rank = 0;
  eachCue(table, table.phrases, (joined, run) => {
    const stems = joined.split(' ');
    appendTo(phrasesByFirst, stems[0] as string, { type: run.type, kind: run.kind, weight: run.weight, stems, rank: rank++ });
  });
  const wordsByStem = new Map<string, CompiledCue[]>();
  // Each cue an object of its own: a type counts its distinct cues (Tally.seen).
  eachCue(table, table.words, (stem, run) => appendTo(wordsByStem, stem, { type: run.type, kind: run.kind, weight: run.weight }));
  const sequencesByThen = new Map<string, CompiledSequence[]>();
  const sequences = table.sequences.map(([type, first, atStart, then, within, weight]): CompiledSequence => {
    const set = (joined: string) => new Set(splitStems(joined));
    const sequence = { type, first: set(first), atStart: set(atStart), then: set(then), within, weight };
    for (const stem of sequence.then) appendTo(sequencesByThen, stem, sequence);
    return sequence;
  });
  return { phrasesByFirst, wordsByStem, sequences, sequencesByThen };
}

const COMPILED = indexCues(CUE_TABLE);
const FAILURE_STEMS = CUE_TABLE.failureStatements;
const SUPPORTED_STEMS = CUE_TABLE.supportedCustomization;

export interface TypeScores {
  scores: Map<RequestType, number>;
  evidence: Map<RequestType, string[]>;
  /** Distinct ordinary cues per type (context cues excluded): one cue is a hint, never a verdict. */
  cueCounts: Map<RequestType, number>;
}

/** Per-ticket tallies before context is capped and scope is gated. */
interface Tally extends TypeScores {
  /** The heaviest single cue per type, before the subject weight. */
  strongest: Map<RequestType, number>;
  context: Map<RequestType, number>;
  scope: Map<RequestType, number>;
  /** The cues and sequences counted (one cue in subject and description is one cue). */
  seen: Set<CompiledCue | CompiledSequence>;
}

function bump(map: Map<RequestType, number>, type: RequestType, weight: number): void {
  map.set(type, (map.get(type) ?? 0) + weight);
}

function add(tally: Tally, type: RequestType, kind: CueKind, cue: CompiledCue | CompiledSequence, weight: number, evidence: string): void {
  if (kind === 'cue') bump(tally.scores, type, weight);
  else bump(kind === 'context' ? tally.context : tally.scope, type, weight);
  if (kind !== 'context' && !tally.seen.has(cue)) {
    tally.seen.add(cue);
    bump(tally.cueCounts, type, 1);
  }
  const list = tally.evidence.get(type);
  if (list === undefined) tally.evidence.set(type, [evidence]);
  else if (!list.includes(evidence)) list.push(evidence);
}

function noteStrongest(tally: Tally, cue: CompiledCue): void {
  if (cue.kind === 'cue' && cue.weight > (tally.strongest.get(cue.type) ?? 0)) tally.strongest.set(cue.type, cue.weight);
}

function scoreField(text: AnalyzedText, field: string, fieldWeight: number, result: Tally): void {
  if (text.tokens.length === 0) return;
  const consumed = new Uint8Array(text.tokens.length);
  let candidates: Set<PhraseCue> | null = null;
  const { tokens, breaks } = text;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const cues = COMPILED.phrasesByFirst.get(tokens[i]!.stem);
    if (cues === undefined || (breaks[i + 1] ?? 0) >= BREAK_SENTENCE) continue;
    const next = tokens[i + 1]!.stem;
    for (const cue of cues) if (cue.stems[1] === next) (candidates ??= new Set()).add(cue);
  }
  const phrases = candidates === null ? [] : [...candidates].sort((a, b) => a.rank - b.rank);
  for (const cue of phrases) {
    let matched: string | null = null;
    for (const start of findPhraseStarts(text, cue.stems)) {
      let free = true;
      for (let k = 0; k < cue.stems.length; k++) if (consumed[start + k] === 1) free = false;
      if (!free) continue;
      for (let k = 0; k < cue.stems.length; k++) consumed[start + k] = 1;
      matched ??= tokenSlice(text, start, cue.stems.length);
    }
    if (matched !== null) {
      add(result, cue.type, cue.kind, cue, cue.weight * fieldWeight, `${field}: "${matched}"`);
      noteStrongest(result, cue);
    }
  }
  for (const [stem, indexes] of text.stems) {
    const cues = COMPILED.wordsByStem.get(stem);
    if (cues === undefined) continue;
    let live: number | undefined;
    for (const i of indexes) {
      if (consumed[i] !== 1 && text.tokens[i]?.negated === false) {
        live = i;
        break;
      }
    }
    if (live === undefined) continue;
    const raw = text.tokens[live]?.raw ?? stem;
    for (const cue of cues) {
      add(result, cue.type, cue.kind, cue, cue.weight * fieldWeight, `${field}: "${raw}"`);
      noteStrongest(result, cue);
    }
  }
  let completable: Set<CompiledSequence> | null = null;
  for (const stem of text.stems.keys()) {
    const sequences = COMPILED.sequencesByThen.get(stem);
    if (sequences !== undefined) for (const sequence of sequences) (completable ??= new Set()).add(sequence);
  }
  if (completable === null) return;
  for (const sequence of COMPILED.sequences) if (completable.has(sequence)) scoreSequence(text, field, fieldWeight, sequence, result);
}

/** "23", "12", "x" of "23.12.x": digits, or a lone x. */
function isVersionPart(raw: string): boolean {
  if (raw === 'x' || raw === 'X') return true;
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return raw.length > 0;
}

/**
 * `first … then` within the window, in one sentence, neither negated. Counts once per field. Only
 * for a text holding one of the `then` words (sequencesByThen): most lack all of them.
 */
function scoreSequence(text: AnalyzedText, field: string, fieldWeight: number, sequence: CompiledSequence, result: Tally): void {
  for (const stem of sequence.first) {
    for (const i of text.stems.get(stem) ?? []) {
      if (text.tokens[i]?.negated) continue;
      if (sequence.atStart.has(stem) && i > 0 && (text.breaks[i] ?? 0) === 0) continue;
      // Version numbers do not count toward the window: "upgrade 23.12.1 -> 24.x fails" is near.
      let reach = i + sequence.within;
      for (let j = i + 1; j <= reach && j < text.tokens.length; j++) {
        if ((text.breaks[j] ?? 0) >= BREAK_SENTENCE) break;
        const token = text.tokens[j];
        if (token !== undefined && isVersionPart(token.raw) && reach < i + sequence.within * 3) reach++;
        if (token === undefined || token.negated || !sequence.then.has(token.stem)) continue;
        add(result, sequence.type, 'cue', sequence, sequence.weight * fieldWeight, `${field}: "${tokenSlice(text, i, j - i + 1)}"`);
        return;
      }
    }
  }
}

/** Text scores per request type, with the matched cues as evidence ('subject: "bug"'). */
export function scoreRequestTypes(subject: AnalyzedText, description: AnalyzedText): TypeScores {
  const tally: Tally = { scores: new Map(), evidence: new Map(), cueCounts: new Map(), strongest: new Map(), context: new Map(), scope: new Map(), seen: new Set() };
  scoreField(subject, 'subject', SUBJECT_WEIGHT, tally);
  scoreField(description, 'description', 1, tally);
  for (const [type, weight] of tally.context) bump(tally.scores, type, Math.min(weight, CONTEXT_CAP));
  const logLines = subject.logLines + description.logLines;
  if (logLines > 0) {
    bump(tally.scores, 'troubleshooting', LOG_SIGNATURE_WEIGHT);
    tally.evidence.set('troubleshooting', [...(tally.evidence.get('troubleshooting') ?? []), `description: ${logLines} pasted log lines`]);
  }
  const customization = tally.scores.get('customer_customization');
  const owned = (tally.strongest.get('customer_customization') ?? 0) >= OWNERSHIP_WEIGHT;
  if (customization !== undefined && !owned && (namesSupported(subject) || namesSupported(description))) {
    tally.scores.set('customer_customization', customization * SUPPORTED_CUSTOMIZATION_SHARE);
  }
  if (tally.scope.size > 0) {
    const failed = logLines > 0 || statesFailure(subject) || statesFailure(description);
    for (const [type, weight] of tally.scope) bump(tally.scores, type, failed ? weight : weight * SCOPE_WITHOUT_FAILURE);
  }
  return { scores: tally.scores, evidence: tally.evidence, cueCounts: tally.cueCounts };
}

function namesSupported(text: AnalyzedText): boolean {
  return SUPPORTED_STEMS.some((stems) => findPhraseStarts(text, stems).length > 0);
}

/** "All users" means an outage only next to a failure: an error, "not working", "down", a 5xx. */
function statesFailure(text: AnalyzedText): boolean {
  return FAILURE_STEMS.some((stems) => findPhraseStarts(text, stems).length > 0);
}
