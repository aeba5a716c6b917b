import { phraseStems } from '../text/findPhrase';
import type { RequestType } from '../types';
import { CUE_KINDS, type CueRun, type CueKind, type CueTable, type SequenceEntry } from './cueTable';
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
  const types = [...new Set([...byKey.values()].map((cue) => cue.type))];
  // Sorted here, once, so loading only indexes: Array.prototype.sort is stable, so equal cues
  // keep the order of the source.
  const all = [...byKey.values()];
  const phrases = all.filter((cue) => cue.stems.length > 1).sort((a, b) => b.stems.length - a.stems.length || b.weight - a.weight);
  const words = all.filter((cue) => cue.stems.length === 1).sort((a, b) => b.weight - a.weight);
  const stemmed = (texts: readonly string[]) => texts.map((text) => phraseStems(text)).filter((stems) => stems.length > 0);
  return {
    types,
    phrases: runsOf(phrases, types),
    words: runsOf(words, types),
    sequences,
    failureStatements: stemmed(failureStatements),
    supportedCustomization: stemmed(supportedCustomization),
  };
}

/** Consecutive cues of the same type, kind and weight as one run (see CueRun). */
function runsOf(cues: readonly Compiled[], types: readonly RequestType[]): CueRun[] {
  const runs: [number, number, number, string][] = [];
  for (const cue of cues) {
    const type = types.indexOf(cue.type);
    const kind = CUE_KINDS.indexOf(cue.kind);
    const last = runs.at(-1);
    if (last && last[0] === type && last[1] === kind && last[2] === cue.weight) last[3] += `|${cue.stems.join(' ')}`;
    else runs.push([type, kind, cue.weight, cue.stems.join(' ')]);
  }
  return runs;
}

function compileSequence(type: RequestType, cue: SequenceCue): SequenceEntry {
  const stemsOf = (words: readonly string[]) => [...new Set(words.flatMap((w) => phraseStems(w)))].join(' ');
  return [type, stemsOf(cue.first), stemsOf(cue.atStart ?? []), stemsOf(cue.then), cue.within, cue.weight];
}
