import { useEffect, useMemo, useState } from 'react';
import { assess } from '../../rules/sidebar';
import type { Assessment, Ticket } from '../../rules/types';
import { preloadZendeskActions } from '../../zendesk';
import { useZendesk } from '../ZendeskContext';

/**
 * The engine's assessment of the newest ticket (as the session read it, or with its conversation's
 * details once they landed): computed once per ticket, with the clock the panel was first rendered
 * with (tests fix it). Null until a read has succeeded.
 *
 * The first one leaves the first-response clock out: its time zone arithmetic makes the browser
 * load its time zone data, and the first paint does not show the clock (it comes with the parts
 * fetched after that paint). Right after the first assessment is on screen, every assessment
 * includes it.
 */
export function useTicketAssessment(
  ticket: Ticket | null,
  now: () => Date = () => new Date(),
): Assessment | null {
  const { rulebook, settings } = useZendesk();
  const [clock] = useState(() => now);
  const [painted, setPainted] = useState(false);
  const assessment = useMemo(
    () =>
      ticket
        ? assess(ticket, rulebook, settings.config, clock(), painted ? {} : { dueTime: false })
        : null,
    [ticket, rulebook, settings.config, clock, painted],
  );
  const shown = assessment !== null;
  useEffect(() => {
    if (!shown || painted) return;
    // A task of its own, so the browser paints the first assessment before this one is computed.
    // The agent's actions (Insert, Set priority, Apply triage) are fetched from then on too.
    const timer = setTimeout(() => {
      preloadZendeskActions();
      setPainted(true);
    }, 0);
    return () => clearTimeout(timer);
  }, [shown, painted]);
  return assessment;
}
