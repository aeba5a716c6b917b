// The tickets whose current priority is above or below the guidance: the list a team lead works
// through before switching the save check from warn to block.
import { escapeHtml } from './escapeHtml';
import { priorityLabel, requestTypeLabel, severityLabel, verdictLabel } from './reportLabels';
import { notListed } from './notListed';
import type { ListedRows } from './ReportTally';
import { ticketLabel, type ReportRow } from './reportTypes';

export function priorityDisagreements({ rows: disagreeing, total }: ListedRows): string {
  const heading = `<h2>Priority disagrees with the guidance <span class="count" data-count-for="disagreements">${total}</span></h2>`;
  if (disagreeing.length === 0) {
    return `<section id="disagreements">${heading}<p class="empty">Every ticket with a priority matches the guidance.</p></section>`;
  }
  const body = disagreeing.map(disagreementRow).join('');
  return (
    `<section id="disagreements">${heading}` +
    `<table class="list"><thead><tr><th scope="col">Ticket</th><th scope="col">Subject</th>` +
    `<th scope="col">Current → suggested</th><th scope="col">Verdict</th><th scope="col">Why</th></tr></thead>` +
    `<tbody>${body}</tbody></table>${notListed(total - disagreeing.length)}</section>`
  );
}

function disagreementRow({ ticket, assessment }: ReportRow): string {
  const check = assessment.priorityCheck;
  if (check === null) return '';
  const why = `${severityLabel(assessment.severity)} · ${requestTypeLabel(assessment.requestType)}`;
  return (
    `<tr data-ticket="${escapeHtml(ticketLabel(ticket))}" data-verdict="${escapeHtml(check.verdict)}">` +
    `<td class="id">${escapeHtml(ticketLabel(ticket))}</td>` +
    `<td>${escapeHtml(ticket.subject)}</td>` +
    `<td class="nowrap">${escapeHtml(priorityLabel(check.current))} → <strong>${escapeHtml(priorityLabel(check.suggested))}</strong></td>` +
    `<td><span class="verdict ${escapeHtml(check.verdict)}">${escapeHtml(verdictLabel(check.verdict))}</span></td>` +
    `<td>${escapeHtml(why)}</td></tr>`
  );
}
