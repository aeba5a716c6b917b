// The conversation's missing data (times, public or internal, authors' roles), read after the
// assessment from the batched `get` is on screen, once per set of comments. Framework-free: the UI
// asks for the details after it has painted and re-assesses when they land.
import { lacksCommentDetails, withCommentDetails } from '../rules/normalize';
import type { Ticket, TicketComment } from '../rules/types';
import { readCommentDetails } from './readCommentDetails';
import type { ZendeskClient } from './ZendeskClient';

export interface CommentDetails {
  /** The ticket with the details read so far laid over its comments (no request). */
  detail(ticket: Ticket): Ticket;
  /**
   * Asks Zendesk for the details when some comment that could be an agent's reply lacks them, at
   * most once per ticket and set of comment ids. A failure or a 429 is dropped: the assessment
   * from the batched `get` stays.
   */
  request(ticket: Ticket): void;
  /** Calls `listener` when new details landed; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** The details read last (a new object each time some land): a snapshot for useSyncExternalStore. */
  current(): ReadDetails | null;
}

export interface ReadDetails {
  ticketId: number;
  comments: TicketComment[];
}

export function createCommentDetails(client: ZendeskClient): CommentDetails {
  let details: ReadDetails | null = null;
  const asked = new Set<string>();
  const listeners = new Set<() => void>();

  const detail = (ticket: Ticket) =>
    details && details.ticketId === ticket.id
      ? withCommentDetails(ticket, details.comments)
      : ticket;

  return {
    detail,
    request(ticket) {
      const ticketId = ticket.id;
      if (ticketId === null || !lacksCommentDetails(detail(ticket))) return;
      const key = `${ticketId}:${ticket.comments.map((comment) => comment.id).join(',')}`;
      if (asked.has(key)) return;
      asked.add(key);
      readCommentDetails(client, ticketId).then(
        (comments) => {
          details = { ticketId, comments };
          for (const listener of listeners) listener();
        },
        () => undefined,
      );
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    current: () => details,
  };
}
