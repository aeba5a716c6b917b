// The report's only stylesheet, inlined: system fonts, no images, prints on A4 in black and white,
// and holds at 360 px (narrow screens stack every table row as a card).
import { TICKET_TABLE_STYLES } from './ticketTable';

export const REPORT_STYLES = `
:root { color-scheme: light; --ink: #2f3941; --muted: #68737d; --line: #d8dcde; --bar: #1f73b7; --track: #edf7ff; --warn: #ad5918; --bad: #cc3340; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 24px; overflow-wrap: anywhere; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 12px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 0 0 8px; }
.meta, .empty { color: var(--muted); margin: 0 0 8px; }
dl.run { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0 0; color: var(--muted); }
dl.run dt { font-weight: 600; }
dl.run dd { margin: 0; }
.totals { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; padding: 0; list-style: none; }
.totals li { border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; }
.totals strong { display: block; font-size: 22px; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(440px, 100%), 1fr)); gap: 16px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 12px 14px; break-inside: avoid; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 3px 8px 3px 0; vertical-align: top; }
thead th { font-size: 12px; color: var(--muted); font-weight: 600; border-bottom: 1px solid var(--line); }
table.chart tbody th { font-weight: 400; }
table.list td, table.list th { border-bottom: 1px solid var(--line); padding: 6px 8px 6px 0; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.zero { color: var(--muted); }
svg .track { fill: var(--track); }
svg .bar { fill: var(--bar); }
.id, .nowrap { white-space: nowrap; }
.count { display: inline-block; min-width: 1.6em; padding: 0 6px; border-radius: 10px; background: var(--track); font-size: 14px; text-align: center; }
.verdict.above_guidance { color: var(--warn); font-weight: 600; }
.verdict.below_guidance { color: var(--bad); font-weight: 600; }
article.ticket { border: 1px solid var(--line); border-radius: 6px; padding: 12px 14px; margin: 0 0 12px; break-inside: avoid; }
ul.flags { display: flex; flex-wrap: wrap; gap: 6px; list-style: none; padding: 0; margin: 0 0 8px; }
li.flag { border: 1px solid var(--line); border-radius: 10px; padding: 0 8px; font-size: 12px; }
li.flag.best-effort { border-color: var(--warn); color: var(--warn); }
ul.reasons { margin: 0; padding-left: 18px; }
ul.reasons li { margin: 2px 0; }
.field { font-weight: 600; }
code.rule { color: var(--muted); font-size: 12px; }
mark { background: #fff0b3; padding: 0 2px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
svg { max-width: 100%; }
ul.cards { list-style: none; padding: 0; margin: 0; }
ul.cards li { border-bottom: 1px solid var(--line); padding: 6px 0; }
.sorter { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
.sort-label { color: var(--muted); font-size: 12px; }
.sorter input { position: absolute; opacity: 0; width: 1px; height: 1px; }
.sorter label { border: 1px solid var(--line); border-radius: 12px; padding: 1px 10px; font-size: 12px; cursor: pointer; }
.sorter input:checked + label { background: var(--bar); border-color: var(--bar); color: #fff; }
.sorter input:focus-visible + label { outline: 2px solid var(--bar); outline-offset: 2px; }
.ticket-table { flex-basis: 100%; margin-top: 8px; }
.tbody { display: flex; flex-direction: column; }
.thead, .trow { display: grid; grid-template-columns: 5em minmax(8em, 2fr) 1fr 7em 6em 7em 8em 1.4fr; gap: 8px; padding: 6px 0; border-bottom: 1px solid var(--line); }
.thead { font-size: 12px; color: var(--muted); font-weight: 600; }
.chip { display: inline-block; border: 1px solid var(--line); border-radius: 10px; padding: 0 6px; font-size: 12px; margin: 0 2px 2px 0; }
${TICKET_TABLE_STYLES}
@media (max-width: 760px) {
  body { padding: 12px; }
  .thead { display: none; }
  .trow { grid-template-columns: 1fr 1fr; }
  .trow .id, .trow .subject { grid-column: 1 / -1; }
  .trow [role='cell']::before { content: attr(data-label) ": "; color: var(--muted); font-size: 12px; }
  .trow .id::before, .trow .subject::before { content: none; }
  table.list thead { display: none; }
  table.list tr { display: block; border-bottom: 1px solid var(--line); padding: 6px 0; }
  table.list td { display: block; border: 0; padding: 1px 0; }
  dl.run { grid-template-columns: 1fr; }
}
@media print { body { padding: 0; } .charts { grid-template-columns: 1fr 1fr; } .sorter input, .sorter label, .sort-label { display: none; } }
`;
