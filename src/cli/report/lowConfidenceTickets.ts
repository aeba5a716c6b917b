// The tickets the classifier was least sure of: the first place to look when tuning a rulebook
// (a request-type field or tag would decide them), with the words that did match.
import { escapeHtml } from './escapeHtml';
import { requestTypeLabel } from './reportLabels';
import { ticketLabel, type ReportRow } from './reportTypes';

/** At most this many are listed; the count says how many there are in all. */
export const LOW_CONFIDENCE_LIMIT = 500;

export function lowConfidenceTickets(rows: readonly ReportRow[]): string {
  const low = rows.filter((row) => row.assessment.confidence === 'low');
  const heading = `<h2>Low confidence <span class="count" data-count-for="low-confidence">${low.length}</span></h2>`;
  if (low.length === 0) {
    return `<section id="low-confidence">${heading}<p class="empty">No ticket was classified with low confidence.</p></section>`;
  }
  const shown = low.slice(0, LOW_CONFIDENCE_LIMIT);
  const more =
    low.length > shown.length
      ? `<p class="meta">The first ${shown.length} of ${low.length} are listed.</p>`
      : '';
  return (
    `<section id="low-confidence">${heading}` +
    '<p class="meta">The request type is a guess (or unknown): a request-type field, a tag or a cue in the rulebook would decide these.</p>' +
    `<ul class="cards">${shown.map(lowConfidenceItem).join('')}</ul>${more}</section>`
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
