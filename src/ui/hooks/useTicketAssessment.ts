import { useMemo, useState } from 'react';
import type { TicketRead } from '../../zendesk';
import { assess } from '../../rules/sidebar';
import type { Assessment } from '../../rules/types';
import { useZendesk } from '../ZendeskContext';

/**
 * The engine's assessment of the session's newest ticket read: computed once per read, with the
 * clock the panel was first rendered with (tests fix it). Null until a read has succeeded.
 */
export function useTicketAssessment(
  read: TicketRead,
  now: () => Date = () => new Date(),
): Assessment | null {
  const { rulebook, settings } = useZendesk();
  const [clock] = useState(() => now);
  const ticket = read.status === 'ready' ? read.ticket : null;
  return useMemo(
    () => (ticket ? assess(ticket, rulebook, settings.config, clock()) : null),
    [ticket, rulebook, settings.config, clock],
  );
}
