// The classifier's cue tables in the form the scorer loads: stems, not words. compileCueTable
// builds it from requestTypeCues.ts and `npm run engine-tables` (part of `npm run build`) writes it
// to cueTable.generated.ts, so loading the engine does no tokenizing or stemming; a unit test
// keeps the generated file equal to a fresh compilation.
import type { RequestType } from '../types';

/** cue: ordinary evidence; context: capped, not a distinct cue; scope: needs a failure stated. */
export const CUE_KINDS = ['cue', 'context', 'scope'] as const;
export type CueKind = (typeof CUE_KINDS)[number];

/** `first … then` within `within` tokens; each list is stems joined by spaces. */
export type SequenceEntry = readonly [type: RequestType, first: string, atStart: string, then: string, within: number, weight: number];

export interface CueTable {
  /**
   * Per request type its cues, merged by stem ("error" and "errors" are one cue, the higher
   * weight), in the order of the source: `stems:weight` or `stems:weight:kind` (the index in
   * CUE_KINDS, when not 0), joined by `|`. Stems are joined by spaces and never hold `:` or `|`.
   */
  cues: Readonly<Partial<Record<RequestType, string>>>;
  sequences: readonly SequenceEntry[];
  /** FAILURE_STATEMENTS and SUPPORTED_CUSTOMIZATION as stems joined by spaces. */
  failureStatements: readonly string[];
  supportedCustomization: readonly string[];
}

/** Stems joined by spaces back to a list ('' is none). */
export function splitStems(joined: string): string[] {
  return joined === '' ? [] : joined.split(' ');
}
