// One distribution as a table of bars: label, count, share of all tickets, and an inline SVG bar.
// The numbers are real text (readable without the bar, copyable, and what tests read through
// `data-count-for`); the SVG is decoration generated here, so the report needs no script.
import { escapeHtml } from './escapeHtml';

export interface Bar {
  /** The value counted, e.g. "cs" or "best-effort:docker-swarm"; becomes `<dimension>:<key>`. */
  key: string;
  label: string;
  count: number;
}

interface BarChartInput {
  /** e.g. "owner"; also the chart's id. */
  dimension: string;
  title: string;
  /** What the bars are a share of: the number of tickets. */
  total: number;
  bars: readonly Bar[];
  /** Shown when there are no bars at all (e.g. no ticket has a flag). */
  emptyText?: string;
}

const BAR_WIDTH = 160;
const BAR_HEIGHT = 14;

export function barChart(input: BarChartInput): string {
  const { dimension, title, total, bars } = input;
  const rows = bars.map((bar) => barRow(dimension, bar, total)).join('');
  const body =
    bars.length === 0
      ? `<p class="empty">${escapeHtml(input.emptyText ?? 'None.')}</p>`
      : `<table class="chart"><thead><tr><th scope="col">${escapeHtml(title)}</th><th scope="col" class="num">Tickets</th><th scope="col" class="num">Share</th><th scope="col"><span class="visually-hidden">Bar</span></th></tr></thead><tbody>${rows}</tbody></table>`;
  return `<section class="card" id="chart-${escapeHtml(dimension)}" data-chart="${escapeHtml(dimension)}"><h3>${escapeHtml(title)}</h3>${body}</section>`;
}

function barRow(dimension: string, bar: Bar, total: number): string {
  const share = total > 0 ? bar.count / total : 0;
  const width = Math.round(share * BAR_WIDTH);
  const percent = `${Math.round(share * 100)}%`;
  const countFor = escapeHtml(`${dimension}:${bar.key}`);
  const zero = bar.count === 0 ? ' class="zero"' : '';
  return (
    `<tr${zero}><th scope="row">${escapeHtml(bar.label)}</th>` +
    `<td class="num" data-count-for="${countFor}">${bar.count}</td>` +
    `<td class="num">${percent}</td>` +
    `<td><svg width="${BAR_WIDTH}" height="${BAR_HEIGHT}" viewBox="0 0 ${BAR_WIDTH} ${BAR_HEIGHT}" aria-hidden="true" focusable="false">` +
    `<rect class="track" x="0" y="0" width="${BAR_WIDTH}" height="${BAR_HEIGHT}" rx="2"/>` +
    `<rect class="bar" x="0" y="0" width="${width}" height="${BAR_HEIGHT}" rx="2"/></svg></td></tr>`
  );
}
