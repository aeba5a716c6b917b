// What the report needs, gathered one ticket at a time: running counts, and the tickets it lists
// (priority disagreements, low confidence, best effort, the table of all tickets), each list kept
// to its first rows so that a dry run over a million tickets holds a bounded report; the rest are
// counted and said to be left out.
import { DistributionTally, type Distributions } from './countDistributions';
import type { ReportRow } from './reportTypes';

/** At most this many tickets per list in the report; a team lead reads the first ones anyway. */
const LISTED_TICKETS = 1000;
/** Rows beyond this are left out of the table of all tickets (the totals count every ticket). */
const TICKET_TABLE_LIMIT = 5_000;

export interface ListedRows {
  rows: ReportRow[];
  /** How many tickets belong in the list, `rows` being the first of them. */
  total: number;
}

export interface ReportData {
  counts: Distributions;
  disagreements: ListedRows;
  lowConfidence: ListedRows;
  bestEffort: ListedRows;
  /** Every ticket, for the sortable table. */
  tickets: ListedRows;
}

function disagrees(row: ReportRow): boolean {
  const verdict = row.assessment.priorityCheck?.verdict;
  return verdict === 'above_guidance' || verdict === 'below_guidance';
}

const emptyList = (): ListedRows => ({ rows: [], total: 0 });

export class ReportTally {
  private readonly counts = new DistributionTally();
  private readonly disagreements = emptyList();
  private readonly lowConfidence = emptyList();
  private readonly bestEffort = emptyList();
  private readonly tickets = emptyList();

  constructor(
    private readonly limit = LISTED_TICKETS,
    private readonly tableLimit = TICKET_TABLE_LIMIT,
  ) {}

  add(row: ReportRow): void {
    this.counts.add(row.assessment);
    if (disagrees(row)) this.list(this.disagreements, row, this.limit);
    if (row.assessment.confidence === 'low') this.list(this.lowConfidence, row, this.limit);
    if (row.assessment.bestEffort) this.list(this.bestEffort, row, this.limit);
    this.list(this.tickets, row, this.tableLimit);
  }

  result(): ReportData {
    const { disagreements, lowConfidence, bestEffort, tickets } = this;
    return { counts: this.counts.result(), disagreements, lowConfidence, bestEffort, tickets };
  }

  private list(listed: ListedRows, row: ReportRow, limit: number) {
    listed.total += 1;
    if (listed.rows.length < limit) listed.rows.push(row);
  }
}
