// The evaluation as plain text for a terminal: figures first, then the misses to read.
import type { RequestType } from '../../rules/types';
import { share, type EvalScores, type FieldScore } from './scoreCases';
import { LABELLED_FIELDS } from './types';

const percent = (value: number | null): string => (value === null ? '   n/a' : `${(value * 100).toFixed(1).padStart(5)}%`);
const ratio = (s: FieldScore): string => `${percent(share(s))}  (${s.right}/${s.labelled})`;

/** Short column names for the confusion matrix: the initials of the type's words. */
function abbreviate(type: RequestType): string {
  return type
    .split('_')
    .map((w) => w.slice(0, type.includes('_') ? 3 : 5))
    .join('_');
}

function confusionTable(scores: EvalScores): string[] {
  const types = [...new Set([...scores.confusion.keys(), ...[...scores.confusion.values()].flatMap((row) => [...row.keys()])])].sort();
  if (types.length === 0) return ['(no request-type labels)'];
  const width = Math.max(...types.map((t) => t.length), 'expected \\ got'.length);
  const cols = types.map(abbreviate);
  const cell = Math.max(3, ...cols.map((c) => c.length));
  const lines = [`${'expected \\ got'.padEnd(width)}  ${cols.map((c) => c.padStart(cell)).join(' ')}`];
  for (const want of types) {
    const row = scores.confusion.get(want);
    if (row === undefined) continue;
    lines.push(`${want.padEnd(width)}  ${types.map((got) => String(row.get(got) ?? (want === got ? 0 : '.')).padStart(cell)).join(' ')}`);
  }
  return lines;
}

/** The biggest off-diagonal cells: where the classifier goes wrong most. */
function biggestConfusions(scores: EvalScores, limit: number): { expected: RequestType; got: RequestType; count: number }[] {
  const cells: { expected: RequestType; got: RequestType; count: number }[] = [];
  for (const [expected, row] of scores.confusion) for (const [got, count] of row) if (got !== expected) cells.push({ expected, got, count });
  return cells.sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected)).slice(0, limit);
}

export function formatEvalReport(scores: EvalScores, skipped: number, unlabelled: number): string {
  const out: string[] = [];
  const notes = [skipped > 0 ? `${skipped} skipped` : '', unlabelled > 0 ? `${unlabelled} without labels` : ''].filter((n) => n !== '');
  out.push(`${scores.tickets} labelled ticket${scores.tickets === 1 ? '' : 's'} assessed${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`, '');
  out.push('accuracy per labelled field');
  for (const field of LABELLED_FIELDS) if (scores.fields[field].labelled > 0) out.push(`  ${field.padEnd(14)} ${ratio(scores.fields[field])}`);
  out.push(`  unknown        ${String(scores.unknown).padStart(5)} of ${scores.tickets} (${percent(scores.tickets === 0 ? null : scores.unknown / scores.tickets).trim()})`, '');

  out.push('request type                precision      recall   (labelled, predicted)');
  for (const [type, s] of [...scores.types].sort((a, b) => a[0].localeCompare(b[0]))) {
    const precision = s.predicted === 0 ? null : s.right / s.predicted;
    const recall = s.support === 0 ? null : s.right / s.support;
    out.push(`  ${type.padEnd(24)} ${percent(precision)}    ${percent(recall)}   (${s.support}, ${s.predicted})`);
  }
  out.push('', 'confusion matrix (rows: expected, columns: got)', ...confusionTable(scores).map((l) => `  ${l}`), '');
  const worst = biggestConfusions(scores, 5);
  if (worst.length > 0) out.push(`most confused: ${worst.map((c) => `${c.expected} → ${c.got} ${c.count}`).join('; ')}`, '');

  out.push('calibration (confidence → share of request types right)');
  for (const [level, s] of Object.entries(scores.calibration)) if (s.labelled > 0) out.push(`  ${level.padEnd(8)} ${ratio(s)}`);
  out.push('');

  out.push(scores.misses.length === 0 ? 'misses: none' : `misses (${scores.misses.length})`);
  for (const miss of scores.misses) {
    out.push(`  ${miss.id ?? '(no id)'} ${JSON.stringify(miss.subject.slice(0, 80))}`);
    for (const f of miss.fields) out.push(`    ${f.field}: expected ${f.expected}, got ${f.got} [${f.ruleId}]`);
  }
  return `${out.join('\n')}\n`;
}
