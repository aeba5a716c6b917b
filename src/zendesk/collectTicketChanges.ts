import { changedPath, WATCHED_TICKET_EVENTS, type TicketChange } from './watchTicket';
import type { ZafHandler, ZendeskClient } from './ZendeskClient';

/**
 * Records the ticket changes Zendesk announces from now until `take()`, which stops recording and
 * returns them. The start-up reads the ticket before the panel's own watchTicket subscribes; this
 * covers the gap, so a change that lands while that first read is in flight is not lost.
 */
export function collectTicketChanges(
  client: ZendeskClient,
  customFieldIds: readonly string[] = [],
): { take: () => TicketChange[] } {
  const events = [
    ...WATCHED_TICKET_EVENTS,
    ...customFieldIds.map((id) => `ticket.custom_field_${id}.changed`),
  ];
  const changes: TicketChange[] = [];
  let active = true;
  const subscriptions = events.map((event) => {
    const path = changedPath(event);
    const handler: ZafHandler = (value) => {
      if (active) changes.push({ path, value });
    };
    client.on(event, handler);
    return { event, handler };
  });
  return {
    take: () => {
      if (active) {
        active = false;
        for (const { event, handler } of subscriptions) client.off(event, handler);
      }
      return changes.splice(0);
    },
  };
}
