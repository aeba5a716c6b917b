import type { Ticket } from '../types';

// The tickets the two adapters made (fromApiTicket, fromSidebarData): every field was read and
// checked where it entered, so assess() trusts them as they are instead of reading them again
// (checkedTicket). Held weakly: the set keeps no ticket alive.
const NORMALIZED = new WeakSet<object>();

/** Records `ticket` as an adapter's output and returns it. */
export function markNormalized(ticket: Ticket): Ticket {
  NORMALIZED.add(ticket);
  return ticket;
}

/** Whether `value` is a ticket an adapter made. */
export function isNormalized(value: unknown): value is Ticket {
  return typeof value === 'object' && value !== null && NORMALIZED.has(value);
}
