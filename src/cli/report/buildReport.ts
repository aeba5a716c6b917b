// The dry-run report: one self-contained HTML page (no script, no external resource; a CSP meta
// tag forbids both, so even a mistake in escaping could not run code or reach the network).
import { OWNERS, REQUEST_TYPES, SEVERITIES, VERDICTS } from '../../rules/types';
import { barChart, type Bar } from './barChart';
import { bestEffortTickets } from './bestEffortTickets';
import type { Distributions } from './countDistributions';
import { escapeHtml } from './escapeHtml';
import { lowConfidenceTickets } from './lowConfidenceTickets';
import { priorityDisagreements } from './priorityDisagreements';
import { flagLabel, ownerLabel, requestTypeLabel, severityLabel, verdictLabel } from './reportLabels';
import { REPORT_STYLES } from './reportStyles';
import { ReportTally, type ReportData } from './ReportTally';
import type { ReportMeta, ReportRow } from './reportTypes';
import { ticketTable } from './ticketTable';

const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

/** The report for rows at hand (tests, small runs); the dry run streams through ReportTally. */
export function buildReport(rows: readonly ReportRow[], meta: ReportMeta): string {
  const tally = new ReportTally();
  for (const row of rows) tally.add(row);
  return renderReport(tally.result(), meta);
}

export function renderReport(data: ReportData, meta: ReportMeta): string {
  const { counts } = data;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Triage dry run: ${escapeHtml(meta.source)}</title>`,
    `<style>${REPORT_STYLES}</style>`,
    '</head>',
    `<body data-total-tickets="${counts.total}">`,
    '<header>',
    '<h1>Triage Assistant dry run</h1>',
    runDetails(meta),
    '</header>',
    '<main>',
    totals(counts, data.disagreements.total),
    '<h2>Distribution</h2>',
    `<div class="charts">${charts(counts)}</div>`,
    priorityDisagreements(data.disagreements),
    lowConfidenceTickets(data.lowConfidence),
    bestEffortTickets(data.bestEffort),
    ticketTable(data.tickets),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function runDetails(meta: ReportMeta): string {
  const item = (term: string, value: string) =>
    `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`;
  return (
    '<dl class="run">' +
    item('Input', meta.source) +
    item('Rulebook', meta.rulebook) +
    item('Clock', meta.now) +
    (meta.skippedLines > 0
      ? item('Skipped lines', `${meta.skippedLines} (could not be read)`)
      : '') +
    '</dl>'
  );
}

function totals(counts: Distributions, disagreements: number): string {
  const total = (label: string, hook: string, value: number) =>
    `<li><strong data-count-for="${hook}">${value}</strong>${escapeHtml(label)}</li>`;
  return (
    '<ul class="totals">' +
    total('tickets assessed', 'tickets', counts.total) +
    total('best effort', 'best-effort', counts.bestEffort) +
    total('priority disagrees with the guidance', 'priority-disagreements', disagreements) +
    '</ul>'
  );
}

function charts(counts: Distributions): string {
  const { total } = counts;
  const bars = <K extends string | number>(
    keys: readonly K[],
    map: Map<K, number>,
    label: (key: K) => string,
  ): Bar[] =>
    keys.map((key) => ({ key: String(key), label: label(key), count: map.get(key) ?? 0 }));

  return [
    barChart({
      dimension: 'requestType',
      title: 'Request type',
      total,
      bars: bars(REQUEST_TYPES, counts.requestType, requestTypeLabel),
    }),
    barChart({
      dimension: 'owner',
      title: 'Owner',
      total,
      bars: bars(OWNERS, counts.owner, ownerLabel),
    }),
    barChart({
      dimension: 'severity',
      title: 'Severity',
      total,
      bars: bars(SEVERITIES, counts.severity, severityLabel),
    }),
    barChart({
      dimension: 'flag',
      title: 'Flag',
      total,
      // Labelled as the panel names them; the slug stays the bar's key (data-key) for searches.
      bars: [...counts.flag].map(([flag, count]) => ({ key: flag, label: flagLabel(flag), count })),
      emptyText: 'No ticket has a flag.',
    }),
    barChart({
      dimension: 'verdict',
      title: 'Priority check',
      total,
      bars: bars([...VERDICTS, 'none' as const], counts.verdict, verdictLabel),
    }),
  ].join('');
}
