import { useCallback, useEffect, useRef, useState } from 'react';
import {
  readableError,
  isAlreadyRead,
  readTicket,
  watchTicket,
  type TicketChange,
  type TicketValues,
} from '../../zendesk';
import { assess } from '../../rules/sidebar';
import type { Assessment, EngineConfig, Rulebook, Ticket } from '../../rules/types';
import type { InitialRead } from '../session/startZendeskSession';
import { useZendesk } from '../ZendeskContext';

export type TicketAssessmentState =
  | { status: 'loading' }
  /** reason: null when the error carried no words (the screen says "an unexpected error"). */
  | { status: 'error'; reason: string | null }
  | {
      status: 'ready';
      ticket: Ticket;
      assessment: Assessment;
      /** A re-read is under way. */
      updating: boolean;
      /** The last re-read failed: the assessment shown is from the read before. */
      refreshFailed: boolean;
    };

export interface TicketAssessment {
  state: TicketAssessmentState;
  /** Reads the ticket again (the "Try again" button). */
  retry: () => void;
}

/**
 * Reads the ticket with one batched `get`, assesses it, and does it again whenever Zendesk says
 * the ticket changed. A burst of change events that only repeats what the last read returned
 * (Zendesk's burst on load) costs no read. Only the newest read may update the panel: a slow
 * earlier reply that arrives late is dropped. After a first success a failed re-read keeps the
 * last assessment and says so (`refreshFailed`), until a read succeeds.
 */
export function useTicketAssessment(now: () => Date = () => new Date()): TicketAssessment {
  const { client, settings, rulebook, initialRead } = useZendesk();
  // The start-up already read the ticket: the first render shows its assessment, with no
  // skeleton render and no second `get` in between.
  const [state, setState] = useState<TicketAssessmentState>(() =>
    initialRead ? fromInitialRead(initialRead, rulebook, settings, now()) : { status: 'loading' },
  );
  const latestRequest = useRef(0);
  /** The raw values of the newest successful read, and the read in flight, for change events. */
  const lastValues = useRef<TicketValues | null>(initialRead?.ok ? initialRead.values : null);
  /**
   * What the watching effect last ran for (the reader, bound to client, settings and rulebook, and
   * the field ids). A run for the same ones (React StrictMode runs effects twice in development)
   * neither reads again nor drops a read in flight; a run for new ones reads afresh.
   */
  const watchedFor = useRef<{ refresh: unknown; customFieldIds: readonly string[] } | null>(null);
  const inFlight = useRef<Promise<void>>(Promise.resolve());
  const nowRef = useRef(now);
  useEffect(() => {
    nowRef.current = now;
  }, [now]);

  /** `quiet`: a re-read Zendesk's change events asked for keeps a read failure on screen until it lands. */
  const read = useCallback(
    async (quiet: boolean) => {
      const request = ++latestRequest.current;
      setState((previous) => {
        if (previous.status === 'ready') return { ...previous, updating: true };
        return quiet && previous.status === 'error' ? previous : { status: 'loading' };
      });
      try {
        const { ticket, values } = await readTicket(client, settings);
        if (request !== latestRequest.current) return;
        lastValues.current = values;
        const assessment = assess(ticket, rulebook, settings.config, nowRef.current());
        setState({ status: 'ready', ticket, assessment, updating: false, refreshFailed: false });
      } catch (error) {
        if (request !== latestRequest.current) return;
        setState((previous) =>
          previous.status === 'ready'
            ? { ...previous, updating: false, refreshFailed: true }
            : { status: 'error', reason: readableReason(error) },
        );
      }
    },
    [client, settings, rulebook],
  );

  const refresh = useCallback(
    (quiet = false) => {
      const reading = read(quiet);
      inFlight.current = reading;
      return reading;
    },
    [read],
  );

  /** Re-reads unless every change repeats the newest read (compared once a read in flight lands). */
  const onChanges = useCallback(
    async (changes: TicketChange[]) => {
      await inFlight.current;
      const values = lastValues.current;
      if (values && changes.length > 0 && changes.every((change) => isAlreadyRead(change, values)))
        return;
      await refresh(true);
    },
    [refresh],
  );

  useEffect(() => {
    // No request is invalidated on cleanup: a newer read supersedes an older one by itself, and
    // React ignores a reply that lands after unmount.
    const unsubscribe = watchTicket(
      client,
      (changes) => void onChanges(changes),
      undefined,
      settings.customFieldIds,
    );
    const previous = watchedFor.current;
    watchedFor.current = { refresh, customFieldIds: settings.customFieldIds };
    if (previous === null) {
      if (!initialRead) void refresh();
      else {
        // Changes announced while the start-up's read was out: news unless that read already held them.
        const missed = initialRead.takeChanges();
        if (missed.length > 0) void onChanges(missed);
      }
    } else if (
      previous.refresh !== refresh ||
      previous.customFieldIds !== settings.customFieldIds
    ) {
      void refresh(); // a new client, settings or rulebook: read afresh
    }
    return unsubscribe;
  }, [client, refresh, onChanges, settings.customFieldIds, initialRead]);

  const retry = useCallback(() => void refresh(), [refresh]);
  return { state, retry };
}

function fromInitialRead(
  read: InitialRead,
  rulebook: Rulebook,
  settings: { config: EngineConfig },
  now: Date,
): TicketAssessmentState {
  if (!read.ok) return { status: 'error', reason: readableReason(read.error) };
  return {
    status: 'ready',
    ticket: read.ticket,
    assessment: assess(read.ticket, rulebook, settings.config, now),
    updating: false,
    refreshFailed: false,
  };
}

function readableReason(error: unknown): string | null {
  const cause =
    error && typeof error === 'object' && 'cause' in error
      ? (error as { cause: unknown }).cause
      : error;
  return readableError(cause) ?? readableError(error);
}
