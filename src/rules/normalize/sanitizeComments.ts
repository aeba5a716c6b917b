import { isOneOf } from '../isOneOf';
import { COMMENT_AUTHORS, type TicketComment } from '../types';
import { MAX_COMMENTS } from './commentAuthor';
import { isRecord, readId, readString, readTimestamp, type Warnings } from './readValues';

/** Already-normalized comments of a ticket handed to assess() in an unknown state, read field by field. */
export function sanitizeComments(value: unknown, warnings: Warnings): TicketComment[] {
  if (!Array.isArray(value)) {
    if (value !== undefined && value !== null) warnings.push('comments: expected a list');
    return [];
  }
  return value.slice(0, MAX_COMMENTS).flatMap((comment, index): TicketComment[] => {
    if (!isRecord(comment)) return [];
    const label = `comments[${index}]`;
    const author = isOneOf(COMMENT_AUTHORS, comment.author) ? comment.author : 'unknown';
    return [
      {
        id: readId(comment.id, `${label}.id`, warnings),
        authorId: readId(comment.authorId, `${label}.authorId`, warnings),
        author,
        authorRole: readString(comment.authorRole, `${label}.authorRole`, warnings),
        public: typeof comment.public === 'boolean' ? comment.public : null,
        automated: comment.automated === true,
        body: readString(comment.body, `${label}.body`, warnings) ?? '',
        createdAt: readTimestamp(comment.createdAt, `${label}.createdAt`, warnings),
      },
    ];
  });
}
