// Renders the figures as one plain-text table: figure | measured | target | met?
import type { Figure } from './Figure';

export function formatTable(figures: readonly Figure[]): string {
  const header = ['figure', 'measured', 'target', 'met?'];
  const rows = figures.map((figure) => [
    figure.name,
    figure.measured,
    figure.target,
    figure.met === null ? 'n/a' : figure.met ? 'met' : 'NOT met',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
