import type { ZafHandler, ZendeskClient } from './ZendeskClient';

/** The ticket properties the assessment depends on, as `ticket.<x>.changed` events. */
export const WATCHED_TICKET_EVENTS = [
  'ticket.subject.changed',
  'ticket.priority.changed',
  'ticket.type.changed',
  'ticket.status.changed',
  'ticket.tags.changed',
  'ticket.requester.id.changed',
  'ticket.requester.email.changed',
  // A new comment (a customer follow-up, an agent's reply) can change severity and request type.
  'ticket.comments.changed',
] as const;

/** One event of a burst: the `get` path it reports on and the payload Zendesk sent with it. */
export interface TicketChange {
  path: string;
  /** Usually the new value; its shape is not documented, so callers only compare it. */
  value: unknown;
}

/** The `get` path an event reports on: `ticket.custom_field_7.changed` → `ticket.customField:custom_field_7`. */
export function changedPath(event: string): string {
  const path = event.replace(/\.changed$/, '');
  const customField = /^ticket\.(custom_field_\w+)$/.exec(path);
  return customField ? `ticket.customField:${customField[1]}` : path;
}

/**
 * Calls `onEach` with every ticket change Zendesk announces, on the watched events and the
 * configured custom fields. Returns a function that unsubscribes from all of them.
 */
function subscribeToTicketChanges(
  client: ZendeskClient,
  customFieldIds: readonly string[],
  onEach: (change: TicketChange) => void,
): () => void {
  const events = [
    ...WATCHED_TICKET_EVENTS,
    ...customFieldIds.map((id) => `ticket.custom_field_${id}.changed`),
  ];
  const subscriptions = events.map((event) => {
    const path = changedPath(event);
    const handler: ZafHandler = (value) => onEach({ path, value });
    client.on(event, handler);
    return { event, handler };
  });
  return () => {
    for (const { event, handler } of subscriptions) client.off(event, handler);
  };
}

/**
 * Calls `onChange` after the ticket changes. Zendesk fires these events in bursts (several on
 * first load, one per field when a macro applies), so every event within `coalesceMs` of the
 * first one folds into a single call with the burst's changes: a burst costs at most one re-read.
 * Returns a function that unsubscribes and drops a pending call.
 */
export function watchTicket(
  client: ZendeskClient,
  onChange: (changes: TicketChange[]) => void,
  coalesceMs = 50,
  customFieldIds: readonly string[] = [],
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let burst: TicketChange[] = [];
  let active = true;

  const fire = () => {
    timer = null;
    const changes = burst;
    burst = [];
    if (!active) return;
    try {
      onChange(changes);
    } catch {
      // A failing listener must not stop later changes from being seen.
    }
  };
  const unsubscribe = subscribeToTicketChanges(client, customFieldIds, (change) => {
    if (!active) return;
    burst.push(change);
    if (timer === null) timer = setTimeout(fire, coalesceMs);
  });
  return () => {
    if (!active) return;
    active = false;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    unsubscribe();
  };
}
