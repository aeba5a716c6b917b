// The tickets the classifier was least sure of: the first place to look when tuning a rulebook
// (a request-type field or tag would decide them), with the words that did match.
import { escapeHtml } from './escapeHtml';
import { notListed } from './notListed';
import type { ListedRows } from './ReportTally';
import { requestTypeLabel } from './reportLabels';
import { ticketLabel, type ReportRow } from './reportTypes';

export function lowConfidenceTickets({ rows: low, total }: ListedRows): string {
  const heading = `<h2>Low confidence <span class="count" data-count-for="low-confidence">${total}</span></h2>`;
  if (low.length === 0) {
    return `<section id="low-confidence">${heading}<p class="empty">No ticket was classified with low confidence.</p></section>`;
  }
  return (
    `<section id="low-confidence">${heading}` +
    '<p class="meta">The request type is a guess (or unknown): a request-type field, a tag or a cue in the rulebook would decide these.</p>' +
    `<ul class="cards">${low.map(lowConfidenceItem).join('')}</ul>${notListed(total - low.length)}</section>`
  );
}

function lowConfidenceItem({ ticket, assessment }: ReportRow): string {
  const label = ticketLabel(ticket);
  const classification = assessment.reasons.find((reason) => reason.field === 'requestType');
  const evidence = classification?.evidence ?? [];
  return (
    `<li data-low-confidence-ticket="${escapeHtml(label)}">` +
    `<span class="id">${escapeHtml(label)}</span> ${escapeHtml(ticket.subject)}` +
    `<br><span class="meta">${escapeHtml(requestTypeLabel(assessment.requestType))}` +
    (evidence.length > 0
      ? ` · matched: ${evidence.slice(0, 8).map((item) => `<mark>${escapeHtml(item)}</mark>`).join(', ')}`
      : ' · nothing decisive matched') +
    '</span></li>'
  );
}
