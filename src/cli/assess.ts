// The dry-run command: assess tickets from a file or standard input, one at a time, and print one
// assessment per line as each is read (or a summary table, or an HTML report, from running
// totals). Memory stays flat however large the input. Exit 0 when every ticket was read, 1 when
// some input was skipped (each reported on stderr), 2 when the command cannot run (usage, an
// unreadable input, a broken rulebook or configuration, a report file that cannot be written).
import { once } from 'node:events';
import { assess, fromApiTicket } from '../rules/index';
import { formatSummary } from './formatSummary';
import { readTickets } from './input/readTickets';
import { loadRunInputs } from './loadRunInputs';
import { parseArgs, USAGE } from './parseArgs';
import { progressLine } from './progressLine';
import { DistributionTally } from './report/countDistributions';
import { ReportTally } from './report/ReportTally';
import { discardReport, prepareReport, writeReport, type ReportTarget } from './report/writeReport';

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
  // The report file first: a run is not thrown away at the end for a path that was never usable.
  let report = null as ReportTarget | null;
  const inputs = loadRunInputs(args, (files) => {
    if (args.report === null) return null;
    const prepared = prepareReport(args.report, files);
    if ('error' in prepared) return prepared.error;
    report = prepared;
    return null;
  });
  if (inputs === null) {
    if (report) discardReport(report);
    return 2;
  }
  const { input, rulebook, config } = inputs;

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
