// The seam between the eval command and the dry run's input reader: the reader splits the input
// into ticket objects, this adds nothing but the shape eval needs. When the reader changes (a
// streaming reader, new input shapes), only this file follows it.
import { readTickets } from '../readTickets';

export type LabelledInput = { line: number; raw: Record<string, unknown> } | { line: number; error: string };

export function readLabelledTickets(text: string): LabelledInput[] {
  return readTickets(text).map((item) => ('error' in item ? item : { line: item.line, raw: item.ticket as Record<string, unknown> }));
}
