// Every best-effort ticket with why: its flags, and the reason text and matched evidence of the
// rules behind the best-effort decision and each flag, as the sidebar's "Why?" would show them.
import type { Reason } from '../../rules/types';
import { escapeHtml } from './escapeHtml';
import { flagDescription, flagLabel, ownerLabel, requestTypeLabel, severityLabel } from './reportLabels';
import { notListed } from './notListed';
import type { ListedRows } from './ReportTally';
import { ticketLabel, type ReportRow } from './reportTypes';

const explainsBestEffort = (reason: Reason): boolean =>
  reason.field === 'bestEffort' || reason.field.startsWith('flag:');

export function bestEffortTickets({ rows: bestEffort, total }: ListedRows): string {
  const heading = `<h2>Best-effort tickets <span class="count" data-count-for="best-effort-tickets">${total}</span></h2>`;
  if (bestEffort.length === 0) {
    return `<section id="best-effort">${heading}<p class="empty">No ticket is on a best-effort path.</p></section>`;
  }
  return `<section id="best-effort">${heading}${bestEffort.map(bestEffortTicket).join('')}${notListed(total - bestEffort.length)}</section>`;
}

function bestEffortTicket({ ticket, assessment }: ReportRow): string {
  const label = ticketLabel(ticket);
  const flags = assessment.flags.map(flagChip).join('');
  const reasons = assessment.reasons.filter(explainsBestEffort).map(reasonItem).join('');
  const summary = [
    requestTypeLabel(assessment.requestType),
    ownerLabel(assessment.owner),
    severityLabel(assessment.severity),
  ].join(' · ');
  return (
    `<article class="ticket" data-best-effort-ticket="${escapeHtml(label)}">` +
    `<h3><span class="id">${escapeHtml(label)}</span> ${escapeHtml(ticket.subject)}</h3>` +
    `<p class="meta">${escapeHtml(summary)}</p>` +
    (flags === '' ? '' : `<ul class="flags" aria-label="Flags">${flags}</ul>`) +
    (reasons === ''
      ? '<p class="empty">No reason recorded.</p>'
      : `<ul class="reasons">${reasons}</ul>`) +
    `</article>`
  );
}

function flagChip(flag: string): string {
  const description = flagDescription(flag);
  const kind = flag.startsWith('best-effort:') ? 'flag best-effort' : 'flag';
  // The label reads; the slug (what rulebooks, tags and searches use) stays in the tooltip and data.
  const title = ` title="${escapeHtml(description === undefined ? flag : `${description} (${flag})`)}"`;
  return `<li class="${kind}" data-flag="${escapeHtml(flag)}"${title}>${escapeHtml(flagLabel(flag))}</li>`;
}

function reasonItem(reason: Reason): string {
  const evidence =
    reason.evidence.length === 0
      ? ''
      : ` <span class="evidence">Matched: ${reason.evidence.map((item) => `<mark>${escapeHtml(item)}</mark>`).join(', ')}</span>`;
  return (
    `<li><span class="field">${escapeHtml(reason.field)}</span> ${escapeHtml(reason.text)}` +
    ` <code class="rule">${escapeHtml(reason.ruleId)}</code>${evidence}</li>`
  );
}
