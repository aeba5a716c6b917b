import { useCallback, useEffect, useRef, useState } from 'react';
import { readTicket, watchTicket, describeError } from '../../zendesk';
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
 * the ticket changed. Only the newest read may update the panel: a slow earlier reply that
 * arrives late is dropped. After a first success a failed re-read keeps the last assessment.
 */
export function useTicketAssessment(now: () => Date = () => new Date()): TicketAssessment {
  const { client, settings, rulebook } = useZendesk();
  const [state, setState] = useState<TicketAssessmentState>({ status: 'loading' });
  const latestRequest = useRef(0);
  const nowRef = useRef(now);
  useEffect(() => {
    nowRef.current = now;
  }, [now]);

  const refresh = useCallback(async () => {
    const request = ++latestRequest.current;
    setState((previous) => (previous.status === 'ready' ? { ...previous, updating: true } : { status: 'loading' }));
    try {
      const ticket = await readTicket(client, settings);
      if (request !== latestRequest.current) return;
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

  useEffect(() => {
    const requests = latestRequest;
    void refresh();
    // Change events also fire when Zendesk first loads the ticket; refresh is idempotent.
    const unsubscribe = watchTicket(client, () => void refresh(), undefined, settings.customFieldIds);
    return () => {
      unsubscribe();
      requests.current++; // late replies after unmount are ignored too
    };
  }, [client, refresh, settings.customFieldIds]);

  const retry = useCallback(() => void refresh(), [refresh]);
  return { state, retry };
}

function readableReason(error: unknown): string {
  const cause = error && typeof error === 'object' && 'cause' in error ? (error as { cause: unknown }).cause : error;
  return describeError(cause ?? error);
}
