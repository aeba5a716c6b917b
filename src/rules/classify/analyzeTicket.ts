import type { Ticket } from '../types';
import { analyzeText } from '../text';
import type { TicketText } from './types';

/** Analyzes subject and description once; pass the result to classifier and evaluator alike. */
export function analyzeTicket(ticket: Ticket): TicketText {
  return { subject: analyzeText(ticket.subject), description: analyzeText(ticket.description) };
}
