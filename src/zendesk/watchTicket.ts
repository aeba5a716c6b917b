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
] as const;

/**
 * Calls `onChange` after the ticket changes. Zendesk fires these events in bursts (several on
 * first load, one per field when a macro applies), so every event within `coalesceMs` of the
 * first one folds into a single call: a burst costs one re-read. Payloads are ignored on
 * purpose: their shape is not documented, so the caller re-reads with `get`.
 * Returns a function that unsubscribes and drops a pending call.
 */
export function watchTicket(
  client: ZendeskClient,
  onChange: () => void,
  coalesceMs = 50,
  customFieldIds: readonly string[] = [],
): () => void {
  const events = [...WATCHED_TICKET_EVENTS, ...customFieldIds.map((id) => `ticket.custom_field_${id}.changed`)];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let active = true;

  const fire = () => {
    timer = null;
    if (!active) return;
    try {
      onChange();
    } catch {
      // A failing listener must not stop later changes from being seen.
    }
  };
  const handler: ZafHandler = () => {
    if (active && timer === null) timer = setTimeout(fire, coalesceMs);
  };

  for (const event of events) client.on(event, handler);
  return () => {
    if (!active) return;
    active = false;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    for (const event of events) client.off(event, handler);
  };
}
