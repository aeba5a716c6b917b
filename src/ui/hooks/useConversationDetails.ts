import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { CommentDetails, ReadDetails } from '../../zendesk/createCommentDetails';
import type { Ticket } from '../../rules/types';
import { useZendesk } from '../ZendeskContext';

const noDetails = () => null;
const noSubscription = () => () => undefined;

/**
 * The ticket with its conversation's times, visibility and authors' roles once the comments
 * endpoint has answered. The reader is a chunk of its own, fetched after the render that showed
 * the assessment from the batched `get` (effects run after paint); the request goes out once per
 * set of comments. Until it lands, or when it fails, the ticket is returned as read.
 */
export function useConversationDetails(ticket: Ticket | null): Ticket | null {
  const { client } = useZendesk();
  const [details, setDetails] = useState<{ client: unknown; reader: CommentDetails } | null>(null);
  const reader = details && details.client === client ? details.reader : null;
  const read: ReadDetails | null = useSyncExternalStore(
    reader ? reader.subscribe : noSubscription,
    reader ? reader.current : noDetails,
  );

  useEffect(() => {
    if (!ticket) return;
    if (reader) {
      reader.request(ticket);
      return;
    }
    void import('../../zendesk/createCommentDetails').then(
      ({ createCommentDetails }) => setDetails({ client, reader: createCommentDetails(client) }),
      () => undefined, // no chunk, no details: the assessment from the batched get stays
    );
  }, [client, reader, ticket]);

  // `read` is a dependency on purpose: details that land make a new ticket.
  return useMemo(
    () => (ticket && reader && read ? reader.detail(ticket) : ticket),
    [reader, ticket, read],
  );
}
