// What the report is built from: one row per assessed ticket, plus where the run came from.
import type { Assessment } from '../../rules/types';

interface ReportTicket {
  /** The ticket's id; null for a ticket without one (then `line` identifies it). */
  id: number | null;
  subject: string;
  /** 1-based position in the input, for tickets without an id. */
  line: number;
}

export interface ReportRow {
  ticket: ReportTicket;
  assessment: Assessment;
}

export interface ReportMeta {
  /** The input file as given on the command line. */
  source: string;
  /** The clock the run used (ISO 8601). */
  now: string;
  /** "default rulebook" or the override file. */
  rulebook: string;
  /** Input lines that could not be read and were left out. */
  skippedLines: number;
}

/** "#1001", or "line 7" for a ticket without an id. */
export function ticketLabel(ticket: ReportTicket): string {
  return ticket.id === null ? `line ${ticket.line}` : `#${ticket.id}`;
}
