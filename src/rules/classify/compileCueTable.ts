import { phraseStems } from '../text/findPhrase';
import type { RequestType } from '../types';
import { CUE_KINDS, type CueKind, type CueTable, type SequenceEntry } from './cueTable';
import type { RequestTypeCueSet, SequenceCue } from './requestTypeCues';

interface Compiled {
  type: RequestType;
  kind: CueKind;
  stems: readonly string[];
  weight: number;
}

/**
 * The cue tables as the scorer loads them (see cueTable.ts): every cue stemmed like ticket text,
 * and a cue that stems like another of its type merged into it with the higher weight. Run by the
 * build (cueTable.generated.ts) and by the test that checks the generated file.
 */
export function compileCueTable(
  cues: Readonly<Partial<Record<RequestType, RequestTypeCueSet>>>,
  failureStatements: readonly string[],
  supportedCustomization: readonly string[],
): CueTable {
  const byKey = new Map<string, Compiled>();
  const sequences: SequenceEntry[] = [];
  for (const [type, set] of Object.entries(cues) as [RequestType, RequestTypeCueSet][]) {
    const kinds: [CueKind, readonly (readonly [string, number])[]][] = [
      ['cue', [...set.phrases, ...set.words]],
      ['context', set.context ?? []],
      ['scope', set.scope ?? []],
    ];
    for (const [kind, list] of kinds) {
      for (const [text, weight] of list) {
        const stems = phraseStems(text);
        if (stems.length === 0) continue;
        const key = `${type}\u0000${stems.join(' ')}`;
        const known = byKey.get(key);
        if (known === undefined || known.weight < weight) byKey.set(key, { type, kind, stems, weight });
      }
    }
    for (const sequence of set.sequences ?? []) sequences.push(compileSequence(type, sequence));
  }
  const perType: Partial<Record<RequestType, string[]>> = {};
  for (const cue of byKey.values()) {
    const kind = CUE_KINDS.indexOf(cue.kind);
    (perType[cue.type] ??= []).push(`${cue.stems.join(' ')}:${cue.weight}${kind === 0 ? '' : `:${kind}`}`);
  }
  const stemmed = (texts: readonly string[]) => texts.map((text) => phraseStems(text)).filter((stems) => stems.length > 0).map((stems) => stems.join(' '));
  return {
    cues: Object.fromEntries(Object.entries(perType).map(([type, list]) => [type, list.join('|')])),
    sequences,
    failureStatements: stemmed(failureStatements),
    supportedCustomization: stemmed(supportedCustomization),
  };
}

function compileSequence(type: RequestType, cue: SequenceCue): SequenceEntry {
  const stemsOf = (words: readonly string[]) => [...new Set(words.flatMap((w) => phraseStems(w)))].join(' ');
  return [type, stemsOf(cue.first), stemsOf(cue.atStart ?? []), stemsOf(cue.then), cue.within, cue.weight];
}
