import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { createCommentDetails } from '../../zendesk';
import type { Ticket } from '../../rules/types';
import { useZendesk } from '../ZendeskContext';

/**
 * The ticket with its conversation's times, visibility and authors' roles once the comments
 * endpoint has answered. The request goes out after the render that showed the assessment from
 * the batched `get` (an effect runs after paint), once per set of comments; until it lands, or when
 * it fails, the ticket is returned as read.
 */
export function useConversationDetails(ticket: Ticket | null): Ticket | null {
  const { client } = useZendesk();
  const details = useMemo(() => createCommentDetails(client), [client]);
  const read = useSyncExternalStore(details.subscribe, details.current);
  useEffect(() => {
    if (ticket) details.request(ticket);
  }, [details, ticket]);
  // `read` is a dependency on purpose: details that land make a new ticket.
  return useMemo(() => (ticket && read ? details.detail(ticket) : ticket), [details, ticket, read]);
}
