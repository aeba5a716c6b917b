// The CLI's text output: one problem per line, then a summary line.
import type { Problem } from './problem';

export function formatProblem(problem: Problem): string {
  // '-' keeps the columns countable when a problem concerns the whole file.
  return [problem.severity, problem.file, problem.key || '-', problem.message].join('  ');
}

export function formatSummary(problems: readonly Problem[], appFolder: string): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const plural = (count: number, word: string): string =>
    `${count} ${word}${count === 1 ? '' : 's'}`;
  const verdict = errors > 0 ? 'Zendesk would refuse this package' : 'package is valid';
  return `${appFolder}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} (${verdict})`;
}
