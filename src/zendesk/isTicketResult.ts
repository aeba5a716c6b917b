// What a ticket `get` resolved with is not always the ticket. npm's SDK 2.0.11 *resolves* a call
// it timed out with a plain `{name: 'TimeoutError', …}` object, and both SDK builds resolve an
// error that has no `name` with the raw error value. Assessing either would show a confident
// assessment of an empty ticket, so a result counts only when it answers every path asked for.

/** True when `value` is a `get` result that answers each path, with a value or in `errors`. */
export function isTicketResult(value: unknown, paths: readonly string[]): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  const errors = record.errors;
  if (errors !== undefined && (errors === null || typeof errors !== 'object' || Array.isArray(errors)))
    return false;
  const failed = (errors ?? {}) as Record<string, unknown>;
  return paths.every((path) => path in record || path in failed);
}

/** Words for the console and the panel when a result is not the ticket. */
export function describeNonTicket(value: unknown): string {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const { name, message } = value as Record<string, unknown>;
    if (name === 'TimeoutError') return 'Zendesk did not answer in time';
    if (typeof message === 'string' && message.trim() !== '') return message.trim();
  }
  return 'Zendesk answered without the ticket';
}
