// What the sidebar's `ticket.comments` lacks (each comment's time, public or internal, the
// author's role) comes from Zendesk's documented List Comments endpoint, with the authors
// sideloaded: `GET /api/v2/tickets/{ticket_id}/comments?include=users`, oldest first.
import { readApiComments } from '../rules/normalize';
import type { TicketComment } from '../rules/types';
import type { ZendeskClient } from './ZendeskClient';

/** One page of up to 100 comments: the first response is among the oldest, and one request is the budget. */
function commentsUrl(ticketId: number): string {
  return `/api/v2/tickets/${ticketId}/comments.json?include=users&page[size]=100`;
}

/**
 * The ticket's comments with their times, visibility and authors' roles, in ONE request (no retry:
 * a failure or a 429 rejects, and the caller keeps the assessment it has).
 */
export async function readCommentDetails(
  client: ZendeskClient,
  ticketId: number,
): Promise<TicketComment[]> {
  const body = await client.request<unknown>({
    url: commentsUrl(ticketId),
    type: 'GET',
    dataType: 'json',
  });
  const page = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  // Warnings about a malformed comment stay here: the sidebar's own read already carries the text.
  return readApiComments(page.comments, page.users, null, []);
}
