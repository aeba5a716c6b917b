// The engine's entry point for every caller that wants the whole assessment at once (the dry run,
// eval, the tests): assessTicket with the first-response clock imported here.
import { assessTicket } from './assessTicket';
import { firstResponseClock } from './clock/firstResponseClock';
import type { Assessment, EngineConfig, Rulebook, Ticket } from './types';

/** The assessment of one ticket (see assessTicket): pure, synchronous and deterministic. */
export function assess(ticket: Ticket, rulebook: Rulebook, config: EngineConfig, now: Date): Assessment {
  return assessTicket(ticket, rulebook, config, now, firstResponseClock);
}
