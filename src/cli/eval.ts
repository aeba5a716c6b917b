// `npm run eval`: measures the engine on a labelled JSON Lines file (labels in `expected`, or
// with --expected-from-tags in the triage tags). Prints the figures and every miss. Exit 0, or 1
// when a figure is below a --min-* given, or 2 when it cannot run.
import { assess, fromApiTicket } from '../rules/index';
import { formatEvalReport } from './eval/formatEvalReport';
import { labelsFromTags } from './eval/labelsFromTags';
import { EVAL_USAGE, parseEvalArgs } from './eval/parseEvalArgs';
import { readLabelledTickets } from './eval/readLabelledTickets';
import { readLabels } from './eval/readLabels';
import { scoreCases, share } from './eval/scoreCases';
import type { EvalCase } from './eval/types';
import { loadRunInputs } from './loadRunInputs';

async function main(argv: readonly string[]): Promise<number> {
  const args = parseEvalArgs(argv);
  if ('error' in args) {
    process.stderr.write(`${args.error}\n${EVAL_USAGE}\n`);
    return 2;
  }
  const inputs = loadRunInputs(args);
  if (inputs === null) return 2;
  const { input, rulebook, config } = inputs;

  const cases: EvalCase[] = [];
  let skipped = 0;
  let unlabelled = 0;
  for await (const item of readLabelledTickets(input.stream, input.name)) {
    if ('error' in item) {
      skipped++;
      process.stderr.write(`${item.error}; skipped\n`);
      continue;
    }
    let labels;
    let raw = item.raw;
    if (args.expectedFromTags) {
      const fromTags = labelsFromTags(item.raw, config);
      labels = fromTags.labels;
      raw = fromTags.ticket;
    } else if (item.raw.expected === undefined) {
      labels = null;
    } else {
      const read = readLabels(item.raw.expected);
      if ('problems' in read) {
        skipped++;
        process.stderr.write(`line ${item.line}: ${read.problems.join('; ')}; skipped\n`);
        continue;
      }
      labels = read.labels;
    }
    if (labels === null) {
      unlabelled++;
      continue;
    }
    const ticket = fromApiTicket(raw);
    cases.push({ id: ticket.id, subject: ticket.subject, labels, assessment: assess(ticket, rulebook, config, args.now) });
  }
  if (cases.length === 0) {
    process.stderr.write(`no labelled tickets in ${args.input}${args.expectedFromTags ? ' (no triage_type_/triage_owner_/triage_sev_ tags)' : ' (no "expected" labels; try --expected-from-tags)'}\n`);
    return 2;
  }
  const scores = scoreCases(cases);
  process.stdout.write(formatEvalReport(scores, skipped, unlabelled));

  const below: string[] = [];
  const typeShare = share(scores.fields.requestType);
  const ownerShare = share(scores.fields.owner);
  if (args.minType !== null && (typeShare ?? 0) < args.minType) below.push(`request type ${((typeShare ?? 0) * 100).toFixed(1)}% < ${(args.minType * 100).toFixed(1)}%`);
  if (args.minOwner !== null && (ownerShare ?? 0) < args.minOwner) below.push(`owner ${((ownerShare ?? 0) * 100).toFixed(1)}% < ${(args.minOwner * 100).toFixed(1)}%`);
  if (below.length > 0) {
    process.stderr.write(`below the minimum: ${below.join('; ')}\n`);
    return 1;
  }
  return 0;
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
