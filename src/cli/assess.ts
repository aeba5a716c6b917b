// The dry-run command: assess tickets from a file or standard input, one at a time, and print one
// assessment per line as each is read (or a summary table, or an HTML report, from running
// totals). Memory stays flat however large the input. Exit 0 when every ticket was read, 1 when
// some input was skipped (each reported on stderr), 2 when the command cannot run (usage, an
// unreadable input, a broken rulebook or configuration, a report file that cannot be written).
import { readFileSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { assess, fromApiTicket, loadRulebookForReview } from '../rules/index';
import { readEngineConfig } from '../rules/readEngineConfig';
import type { RulebookProblem } from '../rules/types';
import { formatSummary } from './formatSummary';
import { openInput } from './input/openInput';
import { readTickets } from './input/readTickets';
import { parseArgs, USAGE } from './parseArgs';
import { progressLine } from './progressLine';
import { DistributionTally } from './report/countDistributions';
import { ReportTally } from './report/ReportTally';
import { discardReport, prepareReport, writeReport, type NamedInput } from './report/writeReport';

function printProblems(what: string, problems: readonly RulebookProblem[]) {
  process.stderr.write(`${what} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n`);
  for (const p of problems) process.stderr.write(`  ${p.path}: ${p.message}\n`);
}

/** Set when the reader of stdout went away (`| head -1`): the run stops, quietly. */
let stdoutClosed = false;

/** Writes to stdout, waiting when the pipe is full so output never piles up in memory. */
async function writeOut(text: string): Promise<void> {
  if (stdoutClosed) return;
  if (!process.stdout.write(text)) {
    // `once` rejects on the stream's error (EPIPE): the handler below already noted it.
    await Promise.race([once(process.stdout, 'drain'), once(process.stdout, 'close')]).catch(() => undefined);
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) {
    process.stderr.write(`${args.error}\n${USAGE}\n`);
    return 2;
  }
  const named: NamedInput[] = [];
  let rulesText: string | undefined;
  let configJson: unknown = {};
  try {
    if (args.rules !== null) {
      rulesText = readFileSync(args.rules, 'utf8');
      named.push({ name: args.rules, stats: statSync(args.rules) });
    }
    if (args.config !== null) {
      const raw = readFileSync(args.config, 'utf8');
      named.push({ name: args.config, stats: statSync(args.config) });
      try {
        configJson = JSON.parse(raw);
      } catch (error) {
        process.stderr.write(`${args.config}: not valid JSON (${String(error)})\n`);
        return 2;
      }
    }
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const input = openInput(args.input);
  if ('error' in input) {
    process.stderr.write(`${input.error}\n`);
    return 2;
  }
  named.push({ name: input.name, stats: input.stats });
  // The report file first: a run is not thrown away at the end for a path that was never usable.
  const report = args.report === null ? null : prepareReport(args.report, named);
  if (report !== null && 'error' in report) {
    input.stream.destroy();
    process.stderr.write(`${report.error}\n`);
    return 2;
  }

  const { rulebook, problems, warnings } = loadRulebookForReview(rulesText);
  if (problems.length > 0) {
    printProblems(`The rulebook ${args.rules ?? ''}`.trim(), problems);
    input.stream.destroy();
    if (report) discardReport(report);
    return 2;
  }
  // The rulebook works: what an admin should still know (a missing translation, a catch-all rule).
  for (const warning of warnings) process.stderr.write(`warning: ${warning.path}: ${warning.message}\n`);
  const { config, problems: configProblems } = readEngineConfig(configJson);
  if (configProblems.length > 0) {
    printProblems(`The configuration ${args.config ?? ''}`.trim(), configProblems);
    input.stream.destroy();
    if (report) discardReport(report);
    return 2;
  }

  const summary = args.summary ? new DistributionTally() : null;
  const tally = report ? new ReportTally() : null;
  const progress = progressLine();
  let skipped = 0;
  let assessed = 0;
  for await (const item of readTickets(input.stream, input.name)) {
    if (stdoutClosed) break;
    if ('problem' in item) {
      skipped++;
      process.stderr.write(`${item.problem}; skipped\n`);
      continue;
    }
    const ticket = fromApiTicket(item.ticket);
    const assessment = assess(ticket, rulebook, config, args.now);
    assessed++;
    progress.tick(assessed);
    summary?.add(assessment);
    tally?.add({ ticket: { id: ticket.id, subject: ticket.subject, line: item.position.line }, assessment });
    if (!args.summary) await writeOut(`${JSON.stringify(assessment)}\n`);
  }
  progress.done();
  if (stdoutClosed) {
    if (report) discardReport(report);
    return 0;
  }
  if (report && tally) {
    const meta = { source: args.input, now: args.now.toISOString(), rulebook: args.rules ?? 'default rulebook', skippedLines: skipped };
    const failure = writeReport(report, tally.result(), meta);
    if (failure !== null) {
      process.stderr.write(`${failure}\n`);
      return 2;
    }
  }
  if (summary) await writeOut(formatSummary(summary.result(), skipped));
  return skipped > 0 ? 1 : 0;
}

// `assess … | head` closes the pipe early: that is the reader's choice, not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  stdoutClosed = true;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // Standard input may still be open (a terminal, a pipe the writer keeps open); the run is over.
    if (stdoutClosed) process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
