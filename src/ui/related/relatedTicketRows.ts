// The customer's other open tickets as the panel lists them: each assessed by the engine from the
// subject and description the search result carries (the same rulebook as the open ticket).
import { assess } from '../../rules/assess';
import { fromApiTicket } from '../../rules/normalize';
import type { EngineConfig, RequestType, Rulebook, Severity } from '../../rules/types';
import type { OtherTicket } from '../../zendesk/listOtherOpenTickets';

export interface RelatedTicketRow {
  id: number;
  subject: string;
  status: string;
  createdAt: string | null;
  requestType: RequestType;
  severity: Severity;
  sameKind: boolean;
}

export function relatedTicketRows(
  tickets: readonly OtherTicket[],
  openRequestType: RequestType,
  rulebook: Rulebook,
  config: EngineConfig,
  now: Date,
): RelatedTicketRow[] {
  return tickets.map((ticket) => {
    const assessment = assess(fromApiTicket(ticket.raw), rulebook, config, now);
    return {
      id: ticket.id,
      subject: ticket.subject,
      status: ticket.status,
      createdAt: ticket.createdAt,
      requestType: assessment.requestType,
      severity: assessment.severity,
      sameKind: assessment.requestType !== 'unknown' && assessment.requestType === openRequestType,
    };
  });
}

/** The most severe open Sev 0 or Sev 1 among them, said plainly at the top; null when there is none. */
export function urgentRow(rows: readonly RelatedTicketRow[]): RelatedTicketRow | null {
  const urgent = rows.filter((row) => row.severity <= 1);
  return urgent.sort((a, b) => a.severity - b.severity)[0] ?? null;
}
