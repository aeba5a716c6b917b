// The classifier's cue tables in the form the scorer loads: stems, not words, already ordered the
// way the scorer uses them. compileCueTable builds it from requestTypeCues.ts and
// `npm run engine-tables` (part of `npm run build`) writes it to cueTable.generated.ts, so loading
// the engine does no tokenizing, stemming, parsing or sorting, only one pass that indexes the
// cues; a unit test keeps the generated file equal to a fresh compilation.
import type { RequestType } from '../types';

/** cue: ordinary evidence; context: capped, not a distinct cue; scope: needs a failure stated. */
export const CUE_KINDS = ['cue', 'context', 'scope'] as const;
export type CueKind = (typeof CUE_KINDS)[number];

/**
 * A run of cues of one request type (an index in CueTable.types), kind (an index in CUE_KINDS)
 * and weight: each cue's stems joined by spaces, the cues joined by `|` (stems never hold either).
 * Runs keep a table as short as its source while its cues stay in the order the scorer needs.
 */
export type CueRun = readonly [type: number, kind: number, weight: number, cues: string];

/** `first … then` within `within` tokens; each list is stems joined by spaces. */
export type SequenceEntry = readonly [type: RequestType, first: string, atStart: string, then: string, within: number, weight: number];

export interface CueTable {
  /** The request types the cues name, in the order of the source. */
  types: readonly RequestType[];
  /**
   * The cues of two stems or more, merged by stem ("error" and "errors" are one cue, the higher
   * weight), in the order they claim tokens: longest, then heaviest, then as in the source. A
   * cue's position in that order is its rank.
   */
  phrases: readonly CueRun[];
  /** The one-stem cues, merged the same way, heaviest first (then as in the source). */
  words: readonly CueRun[];
  sequences: readonly SequenceEntry[];
  /** FAILURE_STATEMENTS and SUPPORTED_CUSTOMIZATION as stems. */
  failureStatements: readonly (readonly string[])[];
  supportedCustomization: readonly (readonly string[])[];
}

/** Stems joined by spaces back to a list ('' is none). */
export function splitStems(joined: string): string[] {
  return joined === '' ? [] : joined.split(' ');
}
