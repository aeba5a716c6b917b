import type { TicketComment } from '../types';
import { commentAuthor, MAX_COMMENTS } from './commentAuthor';
import { describeType, isRecord, readId, readString, readTimestamp, type Warnings } from './readValues';

/** Channels of comments no person typed: triggers and automations ("rule"), and the system. */
const AUTOMATED_CHANNELS = new Set(['rule', 'system']);

/** `users` sideloaded with the comments: `[{id, role}]` → id → role. */
function readUserRoles(value: unknown, warnings: Warnings): Map<number, string> {
  const roles = new Map<number, string>();
  if (value === undefined || value === null) return roles;
  if (!Array.isArray(value)) {
    warnings.push(`users: expected a list, got ${describeType(value)}`);
    return roles;
  }
  for (const user of value) {
    if (isRecord(user) && typeof user['id'] === 'number' && typeof user['role'] === 'string') roles.set(user['id'], user['role']);
  }
  return roles;
}

/**
 * The conversation from a REST export (assessment.md): `comments` in the REST comment shape
 * (`[{id, author_id, public, body, created_at, via}]`, oldest first) with the authors' roles from
 * the sideloaded `users`. Absent comments are normal (the description is then the only message);
 * an unusable comment is skipped with a warning, never the ticket.
 */
export function readApiComments(comments: unknown, users: unknown, requesterId: number | null, warnings: Warnings): TicketComment[] {
  if (comments === undefined || comments === null) return [];
  if (!Array.isArray(comments)) {
    warnings.push(`comments: expected a list, got ${describeType(comments)}`);
    return [];
  }
  const roles = readUserRoles(users, warnings);
  const read: TicketComment[] = [];
  if (comments.length > MAX_COMMENTS) warnings.push(`comments: only the first ${MAX_COMMENTS} of ${comments.length} are read`);
  comments.slice(0, MAX_COMMENTS).forEach((comment, index) => {
    const label = `comments[${index}]`;
    if (!isRecord(comment)) {
      warnings.push(`${label}: expected an object, got ${describeType(comment)}`);
      return;
    }
    const authorId = readId(comment['author_id'], `${label}.author_id`, warnings);
    const role = authorId === null ? null : (roles.get(authorId) ?? null);
    const text = comment['plain_body'] ?? comment['body'] ?? comment['html_body'];
    const via = comment['via'];
    const channel = isRecord(via) && typeof via['channel'] === 'string' ? via['channel'] : null;
    read.push({
      id: readId(comment['id'], `${label}.id`, warnings),
      authorId,
      author: commentAuthor(authorId, role, requesterId),
      authorRole: role,
      public: typeof comment['public'] === 'boolean' ? comment['public'] : null,
      automated: channel !== null && AUTOMATED_CHANNELS.has(channel),
      body: readString(text, `${label}.body`, warnings) ?? '',
      createdAt: readTimestamp(comment['created_at'], `${label}.created_at`, warnings),
    });
  });
  return read;
}
