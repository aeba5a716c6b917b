import type { Distributions } from './report/countDistributions';
import { severityToPriority } from '../rules/policies/severityToPriority';

function table(title: string, counts: Map<string, number>, total: number): string {
  const rows = [...counts.entries()].filter(([, count]) => count > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const width = Math.max(title.length, ...rows.map(([key]) => key.length));
  const lines = [`${title.padEnd(width)}  count   share`, `${'-'.repeat(width)}  -----  ------`];
  for (const [key, count] of rows) {
    const share = total === 0 ? 0 : (count / total) * 100;
    lines.push(`${key.padEnd(width)}  ${String(count).padStart(5)}  ${share.toFixed(1).padStart(5)}%`);
  }
  if (rows.length === 0) lines.push('(none)');
  return lines.join('\n');
}

const byLabel = <K>(counts: Map<K, number>, label: (key: K) => string) =>
  new Map([...counts].map(([key, count]) => [label(key), count]));

/** A readable summary from running totals: counts per request type, owner, severity and flag. */
export function formatSummary(counts: Distributions, skipped: number): string {
  const { total } = counts;
  const sections = [
    `${total} ticket${total === 1 ? '' : 's'} assessed${skipped > 0 ? `, ${skipped} skipped` : ''}`,
    table('request type', counts.requestType, total),
    table('owner', counts.owner, total),
    table('severity', byLabel(counts.severity, (severity) => `Sev${severity} (${severityToPriority(severity)})`), total),
    table('flag', counts.flag, total),
    `best effort: ${counts.bestEffort} of ${total}`,
  ];
  return `${sections.join('\n\n')}\n`;
}
