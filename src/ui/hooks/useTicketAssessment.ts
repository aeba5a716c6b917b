import { useMemo, useState } from 'react';
import { assess } from '../../rules/sidebar';
import type { Assessment, Ticket } from '../../rules/types';
import { useZendesk } from '../ZendeskContext';

/**
 * The engine's assessment of the newest ticket (as the session read it, or with its conversation's
 * details once they landed): computed once per ticket, with the clock the panel was first rendered
 * with (tests fix it). Null until a read has succeeded.
 */
export function useTicketAssessment(
  ticket: Ticket | null,
  now: () => Date = () => new Date(),
): Assessment | null {
  const { rulebook, settings } = useZendesk();
  const [clock] = useState(() => now);
  return useMemo(
    () => (ticket ? assess(ticket, rulebook, settings.config, clock()) : null),
    [ticket, rulebook, settings.config, clock],
  );
}
