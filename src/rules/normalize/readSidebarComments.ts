import type { TicketComment } from '../types';
import { commentAuthor, MAX_COMMENTS } from './commentAuthor';
import { describeType, isRecord, readId, readString, type Warnings } from './readValues';

/**
 * The conversation from the sidebar's `ticket.comments` (zendesk-apps.md §4: items
 * `{id, value, author, via, imageAttachments, nonImageAttachments}`, `value` in HTML, `author` a
 * user with `id` and `role`). That shape carries neither the comment's time nor whether it is
 * public, so both stay null here: the sidebar reads them through the documented comments endpoint
 * and lays them over these comments by id (a later step), and until then a comment without a time
 * or visibility never counts as the first response. Customers write no internal notes, so the
 * customer's follow-ups are read as they are.
 */
export function readSidebarComments(value: unknown, requesterId: number | null, warnings: Warnings): TicketComment[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    warnings.push(`ticket.comments: expected a list, got ${describeType(value)}`);
    return [];
  }
  const read: TicketComment[] = [];
  value.slice(0, MAX_COMMENTS).forEach((comment, index) => {
    const label = `ticket.comments[${index}]`;
    if (!isRecord(comment)) {
      warnings.push(`${label}: expected an object, got ${describeType(comment)}`);
      return;
    }
    const author = isRecord(comment['author']) ? comment['author'] : {};
    const authorId = readId(author['id'], `${label}.author.id`, warnings);
    const role = readString(author['role'], `${label}.author.role`, warnings);
    read.push({
      id: readId(comment['id'], `${label}.id`, warnings),
      authorId,
      author: commentAuthor(authorId, role, requesterId),
      authorRole: role,
      public: null,
      automated: false,
      body: readString(comment['value'], `${label}.value`, warnings) ?? '',
      createdAt: null,
    });
  });
  // Zendesk's comment ids grow with time, and the shape has no time to sort by: oldest first by id,
  // whatever order the list came in, so the opening comment is the first.
  if (read.every((comment) => comment.id !== null)) read.sort((a, b) => a.id! - b.id!);
  return read;
}
