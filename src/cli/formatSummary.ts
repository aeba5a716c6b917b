import type { Assessment } from '../rules/types';

function table(title: string, counts: Map<string, number>, total: number): string {
  const rows = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const width = Math.max(title.length, ...rows.map(([key]) => key.length));
  const lines = [`${title.padEnd(width)}  count   share`, `${'-'.repeat(width)}  -----  ------`];
  for (const [key, count] of rows) {
    const share = total === 0 ? 0 : (count / total) * 100;
    lines.push(`${key.padEnd(width)}  ${String(count).padStart(5)}  ${share.toFixed(1).padStart(5)}%`);
  }
  if (rows.length === 0) lines.push('(none)');
  return lines.join('\n');
}

function count(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** A readable summary: counts per request type, owner, severity and flag. */
export function formatSummary(assessments: readonly Assessment[], skipped: number): string {
  const total = assessments.length;
  const sections = [
    `${total} ticket${total === 1 ? '' : 's'} assessed${skipped > 0 ? `, ${skipped} skipped` : ''}`,
    table('request type', count(assessments.map((a) => a.requestType)), total),
    table('owner', count(assessments.map((a) => a.owner)), total),
    table('severity', count(assessments.map((a) => `Sev${a.severity} (${a.priority})`)), total),
    table('flag', count(assessments.flatMap((a) => a.flags)), total),
    `best effort: ${assessments.filter((a) => a.bestEffort).length} of ${total}`,
  ];
  return `${sections.join('\n\n')}\n`;
}
