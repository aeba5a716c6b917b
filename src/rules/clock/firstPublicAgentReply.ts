import type { TicketComment } from '../types';

/**
 * The first public agent reply (support-policy §3, "First response met"): a public comment by an
 * agent who is not the requester, not an internal note, not automated, with a known time. The
 * ticket's opening comment never counts, even when an agent opened the ticket for the customer.
 */
export function firstPublicAgentReply(comments: readonly TicketComment[]): { comment: TicketComment; index: number; at: number } | null {
  for (let index = 1; index < comments.length; index++) {
    const comment = comments[index]!;
    if (comment.author !== 'agent' || comment.public !== true || comment.automated || comment.createdAt === null) continue;
    const at = Date.parse(comment.createdAt);
    if (Number.isFinite(at)) return { comment, index, at };
  }
  return null;
}
