// Typed failures of the Zendesk layer. Each carries a `reason` written for the triager, so the
// panel can show it as is; `cause` keeps the raw error for the console.

/** The host never finished the handshake (no `app.registered`). */
export class ZendeskTimeoutError extends Error {
  override readonly name = 'ZendeskTimeoutError';
  readonly reason = 'Zendesk did not respond. Reload the ticket to try again.';
  constructor(readonly timeoutMs: number) {
    super(`Zendesk did not answer the app's handshake within ${timeoutMs} ms`);
  }
}

/** The batched `client.get` of the ticket failed as a whole. */
export class TicketReadError extends Error {
  override readonly name = 'TicketReadError';
  readonly reason = 'Could not read this ticket from Zendesk.';
  constructor(override readonly cause: unknown) {
    super(`Could not read the ticket: ${describeError(cause)}`);
  }
}

/** Applying a macro or writing to the composer failed. */
export class InsertError extends Error {
  override readonly name = 'InsertError';
  constructor(
    readonly reason: string,
    override readonly cause?: unknown,
  ) {
    super(cause === undefined ? reason : `${reason} (${describeError(cause)})`);
  }
}

/** A short text for any thrown value: SDK errors are Errors, request failures xhr-like objects. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object') {
    const { status, statusText, message } = error as Record<string, unknown>;
    if (typeof message === 'string') return message;
    if (typeof status === 'number') return `HTTP ${status}${typeof statusText === 'string' ? ` ${statusText}` : ''}`;
  }
  return String(error);
}

/** Writing the triage tags onto the ticket failed; nothing is saved, so trying again is safe. */
export class ApplyTriageError extends Error {
  override readonly name = 'ApplyTriageError';
  constructor(
    readonly reason: string,
    override readonly cause?: unknown,
  ) {
    super(cause === undefined ? reason : `${reason} (${describeError(cause)})`);
  }
}
