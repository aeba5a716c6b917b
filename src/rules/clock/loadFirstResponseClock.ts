// The first-response clock in a chunk of its own: counting business hours in a named zone needs
// the zone arithmetic (and makes the platform load its time zone data), which the sidebar's first
// paint does not show. The sidebar fetches it right after that paint; assess() imports it directly.
import type { DueTimeClock } from '../assessTicket';

export function loadFirstResponseClock(): Promise<DueTimeClock> {
  return import('./firstResponseClock').then(({ firstResponseClock }) => firstResponseClock);
}
