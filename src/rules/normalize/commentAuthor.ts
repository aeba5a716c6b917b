import type { CommentAuthor } from '../types';

/**
 * Who wrote a comment: the requester, or anyone with the end-user role, is the customer; an agent
 * or admin who is not the requester is an agent; without a role it is unknown.
 */
export function commentAuthor(authorId: number | null, role: string | null, requesterId: number | null): CommentAuthor {
  if (authorId !== null && authorId === requesterId) return 'customer';
  if (role === 'end-user') return 'customer';
  if (role === 'agent' || role === 'admin') return 'agent';
  return 'unknown';
}

/** Zendesk does not hold more than 5,000 comments on one ticket; more is not a real export. */
export const MAX_COMMENTS = 5000;
