// Typed failures of the Zendesk layer. Each carries a `userMessage`: a translation key and its
// values, which the panel renders with t() in the agent's language (issue 4: every UI string
// comes from translations/*.json). `message` stays English, for the console; `cause` keeps the
// raw error.

import type { ZafContext, ZafMetadata } from './ZendeskClient';

/** Words for the triager: a key in translations/*.json and the values of its placeholders. */
export interface UserMessage {
  key: string;
  vars?: Record<string, string | number>;
}

/**
 * The host did not finish the handshake (no `app.registered`) in time. `registration`, when
 * given, is the wait that goes on: it resolves if Zendesk registers the app after all.
 */
export class ZendeskTimeoutError extends Error {
  override readonly name = 'ZendeskTimeoutError';
  readonly userMessage: UserMessage;
  constructor(
    readonly timeoutMs: number,
    readonly registration?: Promise<{ context: ZafContext; metadata: ZafMetadata }>,
  ) {
    super(`Zendesk did not answer the app's handshake within ${timeoutMs} ms`);
    this.userMessage = { key: 'ui.timeout.body', vars: { seconds: Math.round(timeoutMs / 1000) } };
  }
}

/** The batched `client.get` of the ticket failed as a whole. */
export class TicketReadError extends Error {
  override readonly name = 'TicketReadError';
  readonly userMessage: UserMessage;
  constructor(override readonly cause: unknown) {
    super(`Could not read the ticket: ${describeError(cause)}`);
    this.userMessage = { key: 'ui.readError.body', vars: { reason: describeError(cause) } };
  }
}

/**
 * Zendesk answered 429 and asks us to wait longer than an agent's click can wait: we do not
 * retry (it would almost surely be refused again) and say when to try.
 */
export class RateLimitError extends Error {
  override readonly name = 'RateLimitError';
  readonly userMessage: UserMessage;
  constructor(readonly retryAfterSeconds: number) {
    super(`Zendesk is rate-limiting requests; retry after ${retryAfterSeconds} s`);
    this.userMessage = {
      key: 'ui.errors.rateLimited',
      vars: { seconds: Math.ceil(retryAfterSeconds) },
    };
  }
}

/** An agent's action failed: the words to show them, and the cause kept for the console. */
abstract class ActionError extends Error {
  constructor(
    readonly userMessage: UserMessage,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(cause === undefined ? message : `${message} (${describeError(cause)})`);
  }
}

/** Applying a macro or writing to the composer failed. */
export class InsertError extends ActionError {
  override readonly name = 'InsertError';
}

/** Writing the triage tags onto the ticket failed; nothing is saved, so trying again is safe. */
export class ApplyTriageError extends ActionError {
  override readonly name = 'ApplyTriageError';
}

/** The code of an agent's action could not be fetched (a lost connection): trying again is safe. */
export class ActionLoadError extends ActionError {
  override readonly name = 'ActionLoadError';
  constructor(cause: unknown) {
    super({ key: 'ui.errors.actionUnavailable' }, 'Could not load this action. Try again.', cause);
  }
}

/** Block mode's "Save anyway" could not tag the ticket: the save stays blocked, trying again is safe. */
export class SaveOverrideError extends ActionError {
  override readonly name = 'SaveOverrideError';
}

/** The translatable words a failure carries, or null for a raw error (SDK, request). */
export function userMessageOf(error: unknown): UserMessage | null {
  if (!error || typeof error !== 'object' || !('userMessage' in error)) return null;
  const candidate = (error as { userMessage: unknown }).userMessage;
  if (!candidate || typeof candidate !== 'object') return null;
  const { key, vars } = candidate as { key?: unknown; vars?: unknown };
  if (typeof key !== 'string') return null;
  return vars && typeof vars === 'object' ? { key, vars: vars as UserMessage['vars'] } : { key };
}

/** A short text for any thrown value: SDK errors are Errors, request failures xhr-like objects. */
export function describeError(error: unknown): string {
  return readableError(error) ?? String(error);
}

/**
 * The words an error carries (its message, or the HTTP status of a failed request); null when it
 * carries none, so the agent is told "an unexpected error" rather than "[object Object]".
 */
export function readableError(error: unknown): string | null {
  if (error instanceof Error) return error.message.trim() || null;
  if (typeof error === 'string') return error.trim() || null;
  if (error && typeof error === 'object') {
    const { status, statusText, message } = error as Record<string, unknown>;
    if (typeof message === 'string' && message.trim() !== '') return message;
    if (typeof status === 'number')
      return `HTTP ${status}${typeof statusText === 'string' ? ` ${statusText}` : ''}`;
  }
  return null;
}
