// The dry run's ticket reader over every input shape an admin meets, fed in chunks as a file or
// a pipe would deliver them. Fixtures are generated here from the sample tickets.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readTickets, type InputItem } from '../../../../src/cli/input/readTickets';

const samples = readFileSync(fileURLToPath(new URL('../../../fixtures/samples/tickets.jsonl', import.meta.url)), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Record<string, unknown>);
const ticket = (i: number) => samples[i]!;
const jsonl = (...lines: unknown[]) => lines.map((line) => JSON.stringify(line)).join('\n');
const bytes = (text: string) => new TextEncoder().encode(text);

async function* chunked(input: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < input.length; at += size) yield input.subarray(at, at + size);
}

async function read(input: Uint8Array | string, size = 1 << 16): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readTickets(chunked(typeof input === 'string' ? bytes(input) : input, size), 'tickets.json')) items.push(item);
  return items;
}

const ids = (items: InputItem[]) => items.flatMap((item) => ('ticket' in item ? [item.ticket.id] : []));
const problems = (items: InputItem[]) => items.flatMap((item) => ('problem' in item ? [item.problem] : []));

describe('readTickets', () => {
  it('reads JSON Lines after a UTF-8 byte-order mark, first ticket included', async () => {
    const input = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(jsonl(ticket(0), ticket(1)))]);
    const items = await read(input);
    expect(ids(items)).toEqual([1001, 1002]);
    expect(problems(items)).toEqual([]);
  });

  it('reads old-Mac CR line ends, and counts lines by them', async () => {
    const items = await read(`${jsonl(ticket(0), ticket(1))}\r{"id": 7,\r${jsonl(ticket(2))}\r`);
    expect(ids(items)).toEqual([1001, 1002, 1003]);
    expect(problems(items)).toEqual([expect.stringMatching(/^tickets\.json, line 3, column 1: .*line ends before/)]);
  });

  it('reads Zendesk export pages saved one per line', async () => {
    const items = await read(`${jsonl({ tickets: [ticket(0), ticket(1)], next_page: 'x', count: 3 }, { tickets: [ticket(2)], next_page: null })}\n`);
    expect(ids(items)).toEqual([1001, 1002, 1003]);
    expect(items[2]).toMatchObject({ position: { page: 2, item: 1, line: 2 } });
  });

  it('reads a pretty-printed export object and an empty last page', async () => {
    const items = await read(`${JSON.stringify({ tickets: [ticket(3), ticket(4)], count: 2 }, null, 2)}\n${JSON.stringify({ tickets: [], count: 0 })}`);
    expect(ids(items)).toEqual([1004, 1005]);
    expect(problems(items)).toEqual([]);
  });

  it('reads one ticket object, pretty-printed over lines, as one ticket (the admin guide\'s shapes table)', async () => {
    const items = await read(`${JSON.stringify(ticket(5), null, 2)}\n`);
    expect(ids(items)).toEqual([1006]);
    expect(problems(items)).toEqual([]);
  });

  it('reads nothing, and reports nothing, from an empty input or one of blank lines', async () => {
    expect(await read('')).toEqual([]);
    expect(await read('\n  \r\n\n')).toEqual([]);
  });

  it('tells a ticket with its own "tickets" key from an export page', async () => {
    const linked = { ...ticket(0), tickets: [{ id: 5 }] };
    const listFirst = { tickets: [11, 12], ...ticket(1) };
    const items = await read(jsonl(linked, listFirst));
    expect(ids(items)).toEqual([1001, 1002]);
    expect(items[0]).toMatchObject({ ticket: { tickets: [{ id: 5 }] } });
    expect(problems(items)).toEqual([]);
  });

  it('keeps the other items of a JSON array with one broken item, and names the broken one', async () => {
    const text = JSON.stringify([ticket(0), ticket(1), ticket(2)], null, 2).replace('"id": 1002,', '"id": 1002,,');
    const items = await read(text);
    expect(ids(items)).toEqual([1001, 1003]);
    const line = text.split('\n').findIndex((l) => l.includes('"id": 1002,,'));
    expect(problems(items)).toEqual([expect.stringMatching(new RegExp(`^tickets\\.json, item 2 \\(line ${line}, column 3\\): not valid JSON`))]);
  });

  it('reports items and lines that are not tickets, with their positions', async () => {
    const items = await read(`[${JSON.stringify(ticket(0))}, 42, "x", [1]]\n`);
    expect(ids(items)).toEqual([1001]);
    expect(problems(items)).toEqual([
      expect.stringMatching(/item 2 \(line 1, column \d+\): expected a ticket object, got a number/),
      expect.stringMatching(/item 3 .*got a string/),
      expect.stringMatching(/item 4 .*got a list/),
    ]);
    expect(problems(await read(`${jsonl(ticket(0))}\nnot json\n[1,2]\n`))).toEqual([
      expect.stringMatching(/line 2, column 1: not valid JSON/),
      expect.stringMatching(/line 3, column 1: expected a ticket object/),
    ]);
  });

  it('a JSON Lines line cut short does not swallow the lines after it', async () => {
    const items = await read(`${jsonl(ticket(0))}\n{"id": 5, "tags": ["a"\n${jsonl(ticket(1))}\n{"id": 6, "subject": "cut\n${jsonl(ticket(2))}`);
    expect(ids(items)).toEqual([1001, 1002, 1003]);
    expect(problems(items)).toEqual([expect.stringMatching(/line 2, column 1/), expect.stringMatching(/line 4, column 1/)]);
  });

  it('refuses bytes that are not UTF-8 with their position instead of replacing them; in JSON Lines only that line', async () => {
    const latin1 = new Uint8Array([...bytes(`${jsonl(ticket(0))}\n{"id": 5, "subject": "caf`), 0xe9, ...bytes(`"}\n${jsonl(ticket(1))}\n`)]);
    const items = await read(latin1);
    expect(ids(items)).toEqual([1001, 1002]);
    expect(problems(items)).toEqual([expect.stringMatching(/^tickets\.json, line 2, column 26: not UTF-8 text \(byte 0xE9 at byte offset \d+/)]);
  });

  it('in one document spread over lines, stops at bytes that are not UTF-8 and keeps what came before', async () => {
    const text = JSON.stringify([ticket(0), { ...ticket(1), subject: 'caf#' }, ticket(2)], null, 2);
    const at = bytes(text).indexOf('#'.charCodeAt(0));
    const input = bytes(text);
    input[at] = 0xff;
    const items = await read(input);
    expect(ids(items)).toEqual([1001]);
    expect(problems(items)).toEqual([expect.stringMatching(/item 2 .*not UTF-8 text \(byte 0xFF.*the rest of the input is not read/)]);
  });

  it('reports an array or export that the input ends inside of', async () => {
    const items = await read(`{"tickets": [${JSON.stringify(ticket(0))}, {"id": 9, "subj`);
    expect(ids(items)).toEqual([1001]);
    expect(problems(items)).toEqual([expect.stringMatching(/page 1, item 2 .*the input ends before it is complete/)]);
  });

  it('gives the same tickets and problems however the input is cut into chunks', async () => {
    const text = `\ufeff${JSON.stringify({ tickets: [ticket(0), { ...ticket(1), subject: 'Grüße "quoted" \\ é' }] })}\r\n{"id": 7,,}\r\n${jsonl(ticket(2))}\rnot json\r`;
    const whole = await read(text);
    expect(ids(whole)).toEqual([1001, 1002, 1003]);
    expect(problems(whole)).toHaveLength(2);
    for (const size of [1, 2, 3, 7, 64]) expect(await read(text, size)).toEqual(whole);
  });

  it('yields the first ticket before the input has ended', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    async function* slowInput() {
      yield bytes(`[${JSON.stringify(ticket(0))},`);
      await held;
      yield bytes(`${JSON.stringify(ticket(1))}]`);
    }
    const reader = readTickets(slowInput(), 'pipe');
    const first = await reader.next();
    expect(first.value).toMatchObject({ ticket: { id: 1001 } });
    release();
    const rest: InputItem[] = [];
    for await (const item of reader) rest.push(item);
    expect(ids(rest)).toEqual([1002]);
  });
});
