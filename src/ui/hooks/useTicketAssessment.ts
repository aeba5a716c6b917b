import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { assessTicket, loadFirstResponseClock, type DueTimeClock } from '../../rules/sidebar';
import type { Assessment, Ticket } from '../../rules/types';
import { preloadZendeskActions } from '../../zendesk';
import { hasFirstPaint, subscribeFirstPaint } from '../afterFirstPaint';
import { useZendesk } from '../ZendeskContext';

/**
 * The engine's assessment of the newest ticket (as the session read it, or with its conversation's
 * details once they landed): computed once per ticket, with the clock the panel was first rendered
 * with (tests fix it). Null until a read has succeeded.
 *
 * The first one leaves the first-response clock out: its time zone arithmetic is a chunk of its
 * own and makes the browser load its time zone data, and the first paint does not show the clock
 * (it comes with the parts fetched after that paint). Once the first assessment is on screen
 * (afterFirstPaint.ts, the same moment the later parts wait for) that chunk is fetched, and from
 * then on every assessment includes the clock. If it cannot be fetched, the panel stays as it
 * is, without the clock.
 *
 * The rulebook is useZendesk's: without an override its default rules have no titles or
 * explanations until the rule texts land after the first paint (ZendeskProvider fills them in),
 * and the assessment is then made again with them, before any part that shows reasons appears.
 */
export function useTicketAssessment(
  ticket: Ticket | null,
  now: () => Date = () => new Date(),
): Assessment | null {
  const { rulebook, settings } = useZendesk();
  const [clock] = useState(() => now);
  const [dueTime, setDueTime] = useState<DueTimeClock | null>(null);
  const assessment = useMemo(
    () => (ticket ? assessTicket(ticket, rulebook, settings.config, clock(), dueTime) : null),
    [ticket, rulebook, settings.config, clock, dueTime],
  );
  const painted = useSyncExternalStore(subscribeFirstPaint, hasFirstPaint);
  useEffect(() => {
    if (!painted || dueTime !== null) return;
    let live = true;
    // The agent's actions (Insert, Set priority, Apply triage) are fetched from then on too.
    preloadZendeskActions();
    loadFirstResponseClock().then(
      (loaded) => {
        if (live) setDueTime(() => loaded);
      },
      () => {}, // no clock: the assessment on screen stays as it is
    );
    return () => {
      live = false;
    };
  }, [painted, dueTime]);
  return assessment;
}
