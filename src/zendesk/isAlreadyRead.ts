// Zendesk fires `ticket.*.changed` for every field when it first loads a ticket, and an app that
// re-read on each of those would pay a second `get` on every ticket it opens. A change whose
// payload equals what the last read already returned tells us nothing new, so it costs no read.
import type { TicketChange } from './watchTicket';

/** The raw values of the last batched `get`, keyed by path. */
export type TicketValues = Readonly<Record<string, unknown>>;

/**
 * True when `change` repeats the value `values` already holds for its path. Anything we cannot
 * compare (no payload, an object of unknown shape, a path we did not read) counts as new.
 */
export function isAlreadyRead(change: TicketChange, values: TicketValues): boolean {
  const known = readPath(values, change.path);
  if (known === undefined || change.value === undefined) return false;
  if (Array.isArray(known) && Array.isArray(change.value)) return sameMembers(known, change.value) || sameIds(known, change.value);
  return isScalar(known) && isScalar(change.value) && known === change.value;
}

/** A read path, or a property of one: `ticket.requester.id` lives in the `ticket.requester` object. */
function readPath(values: TicketValues, path: string): unknown {
  if (Object.hasOwn(values, path)) return values[path];
  const dot = path.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const parent = readPath(values, path.slice(0, dot));
  const key = path.slice(dot + 1);
  return parent && typeof parent === 'object' && Object.hasOwn(parent, key)
    ? (parent as Record<string, unknown>)[key]
    : undefined;
}

function sameMembers(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length || !a.every(isScalar) || !b.every(isScalar)) return false;
  const members = new Set(a);
  return b.every((item) => members.has(item));
}

/** Lists of objects with ids (the conversation): the same ids mean nothing new was added. */
function sameIds(a: readonly unknown[], b: readonly unknown[]): boolean {
  const ids = (list: readonly unknown[]) =>
    list.map((item) => (item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined));
  const known = ids(a);
  const given = ids(b);
  if (known.length !== given.length || !known.every(isScalar) || !given.every(isScalar)) return false;
  if (known.some((id) => id === null) || given.some((id) => id === null)) return false;
  return sameMembers(known, given);
}

function isScalar(value: unknown): value is string | number | boolean | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}
