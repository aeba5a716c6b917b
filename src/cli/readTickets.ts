// Splits the command's input into ticket objects. Three shapes are accepted: JSON Lines (one
// ticket per line), a JSON array of tickets, or a Zendesk export object { "tickets": [...] }.
// Extra keys on a ticket (such as `expected` in the samples) are left for the normalizer to ignore.

export type InputItem = { line: number; ticket: unknown } | { line: number; error: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function fromDocument(doc: unknown): InputItem[] | null {
  if (Array.isArray(doc)) return doc.map((ticket, i) => itemFor(ticket, i + 1, 'item'));
  if (isObject(doc) && Array.isArray(doc.tickets)) return doc.tickets.map((ticket, i) => itemFor(ticket, i + 1, 'item'));
  return null;
}

function itemFor(ticket: unknown, line: number, what: 'line' | 'item'): InputItem {
  return isObject(ticket) ? { line, ticket } : { line, error: `${what} ${line}: expected a ticket object, got ${Array.isArray(ticket) ? 'a list' : ticket === null ? 'null' : typeof ticket}` };
}

export function readTickets(text: string): InputItem[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  // A whole-document parse first: arrays and export objects may span many lines.
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    try {
      const doc: unknown = JSON.parse(trimmed);
      const items = fromDocument(doc);
      if (items) return items;
      if (isObject(doc)) return [itemFor(doc, 1, 'line')];
    } catch {
      // Not one document: read it as JSON Lines below.
    }
  }
  if (trimmed.startsWith('[')) {
    return [{ line: 1, error: 'line 1: the input starts like a JSON array but is not valid JSON' }];
  }
  const items: InputItem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    try {
      items.push(itemFor(JSON.parse(raw), line, 'line'));
    } catch (error) {
      items.push({ line, error: `line ${line}: not valid JSON (${error instanceof Error ? error.message : String(error)})` });
    }
  });
  return items;
}
