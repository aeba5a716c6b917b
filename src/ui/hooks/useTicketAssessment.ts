import { useCallback, useEffect, useRef, useState } from 'react';
import {
  describeError,
  isAlreadyRead,
  readTicketValues,
  watchTicket,
  type TicketChange,
  type TicketValues,
} from '../../zendesk';
import { assess } from '../../rules';
import type { Assessment, Ticket } from '../../rules/types';
import { useZendesk } from '../ZendeskContext';

export type TicketAssessmentState =
  | { status: 'loading' }
  | { status: 'error'; reason: string }
  | { status: 'ready'; ticket: Ticket; assessment: Assessment; updating: boolean };

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
 * last assessment.
 */
export function useTicketAssessment(now: () => Date = () => new Date()): TicketAssessment {
  const { client, settings, rulebook } = useZendesk();
  const [state, setState] = useState<TicketAssessmentState>({ status: 'loading' });
  const latestRequest = useRef(0);
  /** The raw values of the newest successful read, and the read in flight, for change events. */
  const lastValues = useRef<TicketValues | null>(null);
  const inFlight = useRef<Promise<void>>(Promise.resolve());
  const nowRef = useRef(now);
  useEffect(() => {
    nowRef.current = now;
  }, [now]);

  const read = useCallback(async () => {
    const request = ++latestRequest.current;
    setState((previous) => (previous.status === 'ready' ? { ...previous, updating: true } : { status: 'loading' }));
    try {
      const { ticket, values } = await readTicketValues(client, settings);
      if (request !== latestRequest.current) return;
      lastValues.current = values;
      const assessment = assess(ticket, rulebook, settings.config, nowRef.current());
      setState({ status: 'ready', ticket, assessment, updating: false });
    } catch (error) {
      if (request !== latestRequest.current) return;
      setState((previous) =>
        previous.status === 'ready'
          ? { ...previous, updating: false }
          : { status: 'error', reason: readableReason(error) },
      );
    }
  }, [client, settings, rulebook]);

  const refresh = useCallback(() => {
    const reading = read();
    inFlight.current = reading;
    return reading;
  }, [read]);

  /** Re-reads unless every change repeats the newest read (compared once a read in flight lands). */
  const onChanges = useCallback(
    async (changes: TicketChange[]) => {
      await inFlight.current;
      const values = lastValues.current;
      if (values && changes.length > 0 && changes.every((change) => isAlreadyRead(change, values))) return;
      await refresh();
    },
    [refresh],
  );

  useEffect(() => {
    const requests = latestRequest;
    void refresh();
    const unsubscribe = watchTicket(client, (changes) => void onChanges(changes), undefined, settings.customFieldIds);
    return () => {
      unsubscribe();
      requests.current++; // late replies after unmount are ignored too
    };
  }, [client, refresh, onChanges, settings.customFieldIds]);

  const retry = useCallback(() => void refresh(), [refresh]);
  return { state, retry };
}

function readableReason(error: unknown): string {
  const cause = error && typeof error === 'object' && 'cause' in error ? (error as { cause: unknown }).cause : error;
  return describeError(cause ?? error);
}
