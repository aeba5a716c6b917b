import type { Ticket, TicketComment } from '../types';

/**
 * The sidebar's conversation with what `ticket.comments` lacks laid over it by comment id: each
 * comment's time and public/internal from the comments endpoint, and the author's role when the
 * sidebar did not say. Comments the endpoint did not list keep their unknowns (null), so a comment
 * added since then never counts as the first response before its details are read.
 */
export function withCommentDetails(ticket: Ticket, details: readonly TicketComment[]): Ticket {
  if (details.length === 0 || ticket.comments.length === 0) return ticket;
  const byId = new Map<number, TicketComment>();
  for (const detail of details) if (detail.id !== null) byId.set(detail.id, detail);
  let changed = false;
  const comments = ticket.comments.map((comment) => {
    const detail = comment.id === null ? undefined : byId.get(comment.id);
    if (!detail) return comment;
    changed = true;
    const knowsAuthor = comment.author !== 'unknown';
    return {
      ...comment,
      author: knowsAuthor ? comment.author : detail.author,
      authorRole: comment.authorRole ?? detail.authorRole,
      public: detail.public ?? comment.public,
      automated: comment.automated || detail.automated,
      createdAt: detail.createdAt ?? comment.createdAt,
    };
  });
  return changed ? { ...ticket, comments } : ticket;
}

/** True when some comment lacks a time or visibility and could be an agent's reply: worth asking. */
export function lacksCommentDetails(ticket: Ticket): boolean {
  return ticket.comments.some(
    (comment) =>
      comment.id !== null &&
      comment.author !== 'customer' &&
      (comment.createdAt === null || comment.public === null),
  );
}
