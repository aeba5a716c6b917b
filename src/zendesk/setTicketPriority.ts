import { isPriority } from '../rules/priority';
import type { Priority } from '../rules/types';
import type { ZendeskClient } from './ZendeskClient';

/** Sets the open ticket's priority (unsaved, as if the agent picked it). Rejects on failure. */
export async function setTicketPriority(client: ZendeskClient, priority: Priority): Promise<void> {
  if (!isPriority(priority)) {
    throw new Error(`"${String(priority)}" is not a Zendesk priority`);
  }
  await client.set('ticket.priority', priority);
}
