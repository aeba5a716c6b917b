import type { Priority, PriorityCheck, Ticket } from '../types';
import { PRIORITIES } from '../types';

/**
 * Compares the ticket's current priority with the one the severity maps to. null when the ticket
 * has no priority field at all (nothing to compare, nothing to set).
 */
export function checkPriority(ticket: Ticket, suggested: Priority): PriorityCheck | null {
  if (!ticket.hasPriorityField) return null;
  const current = ticket.priority;
  if (current === null) return { current, suggested, verdict: 'unset' };
  const diff = PRIORITIES.indexOf(current) - PRIORITIES.indexOf(suggested);
  return { current, suggested, verdict: diff === 0 ? 'matches' : diff > 0 ? 'above_guidance' : 'below_guidance' };
}
