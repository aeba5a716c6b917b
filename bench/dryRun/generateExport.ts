// A Zendesk export of a given size for the dry-run benchmark: one `{"tickets": [...]}` document on
// a single line (the hardest shape to stream: no line breaks to split on), made of the sample
// tickets with fresh ids. Written to a temp file in pieces, never held in memory.
import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const SAMPLES = fileURLToPath(new URL('../../test/fixtures/samples/tickets.jsonl', import.meta.url));

export interface GeneratedExport {
  path: string;
  bytes: number;
  tickets: number;
}

export async function generateExport(path: string, targetBytes: number): Promise<GeneratedExport> {
  const samples = readFileSync(SAMPLES, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const { expected: _expected, ...ticket } = JSON.parse(line) as Record<string, unknown>;
      return ticket;
    });
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  let bytes = 0;
  let tickets = 0;
  await write('{"tickets":[');
  const batch: string[] = [];
  while (bytes < targetBytes) {
    const sample = samples[tickets % samples.length]!;
    const text = JSON.stringify({ ...sample, id: 100_000 + tickets });
    batch.push(tickets === 0 ? text : `,${text}`);
    bytes += text.length + 1;
    tickets++;
    if (batch.length === 500) await write(batch.splice(0).join(''));
  }
  await write(`${batch.join('')}],"count":${tickets},"next_page":null,"end_of_stream":true}\n`);
  out.end();
  await once(out, 'finish');
  return { path, bytes: out.bytesWritten, tickets };
}
