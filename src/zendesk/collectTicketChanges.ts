import { subscribeToTicketChanges, type TicketChange } from './watchTicket';
import type { ZendeskClient } from './ZendeskClient';

/**
 * Records the ticket changes Zendesk announces from now until `take()`, which stops recording and
 * returns them. The start-up reads the ticket before the panel's own watchTicket subscribes; this
 * covers the gap, so a change that lands while that first read is in flight is not lost.
 */
export function collectTicketChanges(
  client: ZendeskClient,
  customFieldIds: readonly string[] = [],
): { take: () => TicketChange[] } {
  const changes: TicketChange[] = [];
  let unsubscribe: (() => void) | null = subscribeToTicketChanges(
    client,
    customFieldIds,
    (change) => changes.push(change),
  );
  return {
    take: () => {
      unsubscribe?.();
      unsubscribe = null;
      return changes.splice(0);
    },
  };
}
