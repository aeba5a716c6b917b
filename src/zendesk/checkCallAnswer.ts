// Both SDK builds resolve a call whose error has no `name` with the host's raw error value, and
// npm's 2.0.11 build resolves a call it gave up on after 5 s with a plain `{name: 'TimeoutError'}`
// object. Neither is an answer: the client port turns them into a rejection, so no caller takes
// a failure for a result.

/** A call that resolved with a failure instead of an answer. */
export class CallFailedError extends Error {
  override readonly name = 'CallFailedError';
  constructor(
    readonly call: string,
    override readonly cause: unknown,
  ) {
    super(`Zendesk could not complete "${call}": ${wordsOf(cause)}`);
  }
}

function wordsOf(value: unknown): string {
  if (value && typeof value === 'object') {
    const { name, message } = value as Record<string, unknown>;
    if (name === 'TimeoutError') return 'the SDK gave up waiting';
    if (typeof message === 'string' && message.trim() !== '') return message.trim();
  }
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return 'no answer';
}

/** The value unchanged when it can be an answer to get/set/invoke; throws CallFailedError otherwise. */
export function checkCallAnswer<T>(call: string, value: T): T {
  if (typeof value === 'string') throw new CallFailedError(call, value);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    // Answers carry `errors` (zendesk-apps.md §2.2); failures carry a name or a message instead.
    if (record.name === 'TimeoutError') throw new CallFailedError(call, value);
    if (!('errors' in record) && (typeof record.message === 'string' || typeof record.name === 'string'))
      throw new CallFailedError(call, value);
  }
  return value;
}
