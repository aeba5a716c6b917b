// The seam between the eval command and the dry run's input reader: the reader splits the input
// into ticket objects (every shape the dry run reads, one at a time), this adds nothing but the
// shape eval needs. When the reader changes, only this file follows it.
import { readTickets } from '../input/readTickets';

export type LabelledInput = { line: number; raw: Record<string, unknown> } | { line: number; error: string };

export async function* readLabelledTickets(chunks: AsyncIterable<Uint8Array | string>, name: string): AsyncGenerator<LabelledInput> {
  for await (const item of readTickets(chunks, name)) {
    yield 'problem' in item
      ? { line: item.position?.line ?? 0, error: item.problem }
      : { line: item.position.line, raw: item.ticket };
  }
}
