// Every ticket in one table, sortable without a script: a radio button per sort key, and CSS that
// gives each row the `order` precomputed for the checked key (a flex column). The report stays
// script-free under its CSP; the DOM keeps ticket order, which is what a screen reader reads.
import type { Assessment } from '../../rules/types';
import { CONFIDENCES, OWNERS, VERDICTS } from '../../rules/types';
import { escapeHtml } from './escapeHtml';
import type { ListedRows } from './ReportTally';
import { confidenceLabel, flagLabel, ownerLabel, requestTypeLabel, severityLabel, verdictLabel } from './reportLabels';
import { ticketLabel, type ReportRow } from './reportTypes';

interface SortKey {
  id: string;
  label: string;
  /** Compares two rows; ties fall back to input order. */
  compare: (a: ReportRow, b: ReportRow) => number;
}

const verdictOf = (a: Assessment) => a.priorityCheck?.verdict ?? 'none';
const VERDICT_ORDER = ['above_guidance', 'below_guidance', 'unset', 'matches', 'none'] as const satisfies readonly (typeof VERDICTS[number] | 'none')[];
const byNumber = (value: (row: ReportRow) => number) => (a: ReportRow, b: ReportRow) => value(a) - value(b);
const byText = (value: (row: ReportRow) => string) => (a: ReportRow, b: ReportRow) => value(a).localeCompare(value(b), 'en');

const SORT_KEYS: readonly SortKey[] = [
  { id: 'ticket', label: 'Ticket', compare: byNumber((row) => row.ticket.id ?? Number.MAX_SAFE_INTEGER) },
  { id: 'severity', label: 'Severity', compare: byNumber((row) => row.assessment.severity) },
  { id: 'owner', label: 'Owner', compare: byNumber((row) => OWNERS.indexOf(row.assessment.owner)) },
  { id: 'type', label: 'Request type', compare: byText((row) => requestTypeLabel(row.assessment.requestType)) },
  // Least sure first: those are the ones to read.
  { id: 'confidence', label: 'Confidence', compare: byNumber((row) => -CONFIDENCES.indexOf(row.assessment.confidence)) },
  { id: 'verdict', label: 'Priority check', compare: byNumber((row) => VERDICT_ORDER.indexOf(verdictOf(row.assessment))) },
];

const COLUMNS = ['Ticket', 'Subject', 'Request type', 'Confidence', 'Owner', 'Severity', 'Priority check', 'Flags'];

/** The CSS that orders rows by the checked sort key (part of the report's one stylesheet). */
export const TICKET_TABLE_STYLES = SORT_KEYS.map(
  (key) => `#sort-${key.id}:checked ~ .ticket-table .trow { order: var(--by-${key.id}); }`,
).join('\n');

/** The table of the first TICKET_TABLE_LIMIT tickets (ReportTally keeps no more). */
export function ticketTable({ rows: shown, total }: ListedRows): string {
  const heading = `<h2>All tickets <span class="count" data-count-for="ticket-table">${shown.length}</span></h2>`;
  if (shown.length === 0) return `<section id="tickets">${heading}<p class="empty">No ticket was assessed.</p></section>`;

  // Each row's position under every sort key, computed once here.
  const positions = new Map<ReportRow, string[]>();
  for (const key of SORT_KEYS) {
    const sorted = shown.map((row, index) => ({ row, index })).sort((a, b) => key.compare(a.row, b.row) || a.index - b.index);
    sorted.forEach(({ row }, position) => {
      const list = positions.get(row) ?? [];
      list.push(`--by-${key.id}:${position}`);
      positions.set(row, list);
    });
  }

  const controls = SORT_KEYS.map(
    (key, i) =>
      `<input type="radio" name="sort" id="sort-${key.id}" value="${key.id}"${i === 0 ? ' checked' : ''}>` +
      `<label for="sort-${key.id}">${escapeHtml(key.label)}</label>`,
  ).join('');
  const head = `<div role="row" class="thead">${COLUMNS.map((column) => `<span role="columnheader">${escapeHtml(column)}</span>`).join('')}</div>`;
  const body = shown.map((row) => tableRow(row, positions.get(row) ?? [])).join('');
  const more =
    total > shown.length ? `<p class="meta">The first ${shown.length} of ${total} tickets are listed.</p>` : '';
  return (
    `<section id="tickets">${heading}` +
    `<div class="sorter" role="group" aria-label="Sort the tickets by">` +
    `<span class="sort-label" aria-hidden="true">Sort by</span>${controls}` +
    `<div class="ticket-table" role="table" aria-label="All tickets">${head}<div role="rowgroup" class="tbody">${body}</div></div>` +
    `</div>${more}</section>`
  );
}

function tableRow({ ticket, assessment }: ReportRow, order: readonly string[]): string {
  const label = ticketLabel(ticket);
  const verdict = verdictOf(assessment);
  const cell = (column: string, html: string, className = '') =>
    `<span role="cell" data-label="${escapeHtml(column)}"${className ? ` class="${className}"` : ''}>${html}</span>`;
  const flags =
    assessment.flags.length === 0
      ? '<span class="meta">none</span>'
      : assessment.flags.map((flag) => `<span class="chip" title="${escapeHtml(flag)}">${escapeHtml(flagLabel(flag))}</span>`).join(' ');
  return (
    `<div role="row" class="trow" data-ticket="${escapeHtml(label)}" style="${order.join(';')}">` +
    cell('Ticket', escapeHtml(label), 'id') +
    cell('Subject', escapeHtml(ticket.subject), 'subject') +
    cell('Request type', escapeHtml(requestTypeLabel(assessment.requestType))) +
    cell('Confidence', escapeHtml(confidenceLabel(assessment.confidence))) +
    cell('Owner', escapeHtml(ownerLabel(assessment.owner))) +
    cell('Severity', escapeHtml(severityLabel(assessment.severity))) +
    cell('Priority check', `<span class="verdict ${escapeHtml(verdict)}">${escapeHtml(verdictLabel(verdict))}</span>`) +
    cell('Flags', flags) +
    '</div>'
  );
}
