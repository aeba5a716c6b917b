// The dry-run command: assess tickets from a file or standard input, print one assessment per
// line (or a summary table). Exit 0 when every ticket was read, 1 when an input line was bad,
// 2 when the command cannot run (usage, unreadable file, broken rulebook or configuration).
import { readFileSync } from 'node:fs';
import { assess, fromApiTicket, loadRulebook } from '../rules/index';
import { readEngineConfig } from '../rules/readEngineConfig';
import type { Assessment, RulebookProblem } from '../rules/types';
import { formatSummary } from './formatSummary';
import { parseArgs, USAGE } from './parseArgs';
import { readTickets } from './readTickets';
import type { ReportRow } from './report/reportTypes';
import { writeReport } from './report/writeReport';

function readText(path: string): string {
  return readFileSync(path === '-' ? 0 : path, 'utf8');
}

function printProblems(what: string, problems: readonly RulebookProblem[]) {
  process.stderr.write(`${what} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n`);
  for (const p of problems) process.stderr.write(`  ${p.path}: ${p.message}\n`);
}

function main(argv: readonly string[]): number {
  const args = parseArgs(argv);
  if ('error' in args) {
    process.stderr.write(`${args.error}\n${USAGE}\n`);
    return 2;
  }
  let rulesText: string | undefined;
  let configJson: unknown = {};
  let inputText: string;
  try {
    if (args.rules !== null) rulesText = readText(args.rules);
    if (args.config !== null) {
      const raw = readText(args.config);
      try {
        configJson = JSON.parse(raw);
      } catch (error) {
        process.stderr.write(`${args.config}: not valid JSON (${String(error)})\n`);
        return 2;
      }
    }
    inputText = readText(args.input);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }

  const { rulebook, problems, warnings } = loadRulebook(rulesText);
  if (problems.length > 0) {
    printProblems(`The rulebook ${args.rules ?? ''}`.trim(), problems);
    return 2;
  }
  for (const warning of warnings) process.stderr.write(`warning: ${warning.path}: ${warning.message}\n`);
  const { config, problems: configProblems } = readEngineConfig(configJson);
  if (configProblems.length > 0) {
    printProblems(`The configuration ${args.config ?? ''}`.trim(), configProblems);
    return 2;
  }

  const assessments: Assessment[] = [];
  const reportRows: ReportRow[] = [];
  let bad = 0;
  const out: string[] = [];
  for (const item of readTickets(inputText)) {
    if ('error' in item) {
      bad++;
      process.stderr.write(`${item.error}; skipped\n`);
      continue;
    }
    const ticket = fromApiTicket(item.ticket);
    const assessment = assess(ticket, rulebook, config, args.now);
    assessments.push(assessment);
    reportRows.push({ ticket: { id: ticket.id, subject: ticket.subject, line: item.line }, assessment });
    if (!args.summary) out.push(JSON.stringify(assessment));
  }
  if (args.report !== null) {
    const meta = { source: args.input, now: args.now.toISOString(), rulebook: args.rules ?? 'default rulebook', skippedLines: bad };
    const failure = writeReport(args.report, reportRows, meta);
    if (failure !== null) {
      process.stderr.write(`${failure}\n`);
      return 2;
    }
  }
  process.stdout.write(args.summary ? formatSummary(assessments, bad) : out.length > 0 ? `${out.join('\n')}\n` : '');
  return bad > 0 ? 1 : 0;
}

// `assess … | head` closes the pipe early: that is the reader's choice, not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = main(process.argv.slice(2));
