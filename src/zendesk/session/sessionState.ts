// The ticket session's state: one type for every moment of a sidebar's life, and one constructor
// per state, so each state is built in one place only.
import type { Rulebook, RulebookProblem, RulebookWarning, Ticket } from '../../rules/types';
import type { MacroCatalog } from '../createMacroCatalog';
import type { RequirementsLookup } from '../createRequirementsLookup';
import { readableError } from '../errors';
import type { TicketValues } from '../isAlreadyRead';
import type { AppSettings } from '../readSettings';
import type { ZendeskClient } from '../ZendeskClient';

/** What registration gave the app: everything the panel needs besides the ticket. */
export interface Connection<Words = unknown> {
  client: ZendeskClient;
  settings: AppSettings;
  /** The agent's locale as Zendesk sent it ('en' when it did not say). */
  locale: string;
  /** What the UI prepared for that locale before the first render (its dictionary). */
  words: Words;
  /**
   * The rulebook in the agent's language. Without an override its default rules lack their
   * titles and explanations (the bundled core): the panel fills them in after its first paint,
   * before it shows any reason. With an override they were fetched before, to check it.
   */
  rulebook: Rulebook;
  /** Problems of the admin's rulebook override; the default rulebook is in use when non-empty. */
  rulebookProblems: RulebookProblem[];
  /** What an admin should know about an override in use (a missing translation). */
  rulebookWarnings: RulebookWarning[];
  /** Macro ids resolved once per session. */
  catalog: MacroCatalog;
  /** What installing the app created (macro and field ids), loaded once per session. */
  requirements: RequirementsLookup;
}

/** The newest read of the open ticket. */
export type TicketRead =
  | { status: 'loading' }
  /**
   * reason: null when the error carried no words (the screen says "an unexpected error").
   * rereading: the session reads the ticket again by itself shortly (rereadDelayMs).
   */
  | { status: 'error'; reason: string | null; rereading?: boolean }
  | {
      status: 'ready';
      ticket: Ticket;
      /** The raw values of the read, to compare later change events with. */
      values: TicketValues;
      /** A re-read is under way. */
      updating: boolean;
      /** The last re-read failed: the ticket shown is from the read before. */
      refreshFailed: boolean;
    };

export type SessionState<Words = unknown> =
  /** Not in a Zendesk iframe. */
  | { phase: 'outside' }
  /** Waiting for registration, the first ticket read, the locale and the rulebook. */
  | { phase: 'connecting' }
  /** Registration never came, or a start-up step failed: no usable session. */
  | { phase: 'timeout'; seconds: number }
  | { phase: 'connected'; connection: Connection<Words>; read: TicketRead };

export const outside = (): SessionState<never> => ({ phase: 'outside' });
export const connecting = (): SessionState<never> => ({ phase: 'connecting' });
export const timedOut = (timeoutMs: number): SessionState<never> => ({
  phase: 'timeout',
  seconds: Math.round(timeoutMs / 1000),
});
export const connected = <Words>(
  connection: Connection<Words>,
  read: TicketRead,
): SessionState<Words> => ({ phase: 'connected', connection, read });

export const loading = (): TicketRead => ({ status: 'loading' });
export const readSucceeded = (ticket: Ticket, values: TicketValues): TicketRead => ({
  status: 'ready',
  ticket,
  values,
  updating: false,
  refreshFailed: false,
});

/** A read starts: a shown ticket stays (marked updating); a quiet re-read keeps a failure on screen. */
export function readStarted(previous: TicketRead, quiet: boolean): TicketRead {
  if (previous.status === 'ready') return { ...previous, updating: true };
  return quiet && previous.status === 'error' ? previous : loading();
}

/**
 * A read failed: a shown ticket stays (marked refreshFailed); otherwise the failure is shown,
 * with whether the session reads again by itself.
 */
export function readFailed(previous: TicketRead, error: unknown, rereading = false): TicketRead {
  if (previous.status === 'ready') return { ...previous, updating: false, refreshFailed: true };
  return { status: 'error', reason: readableReason(error), rereading };
}

/** The words of a failure: its cause's (a TicketReadError wraps the SDK's), else its own. */
function readableReason(error: unknown): string | null {
  const cause =
    error && typeof error === 'object' && 'cause' in error
      ? (error as { cause: unknown }).cause
      : error;
  return readableError(cause) ?? readableError(error);
}
