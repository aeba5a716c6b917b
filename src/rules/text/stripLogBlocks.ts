// Pasted logs and stack traces are full of "error", "failed" and "timeout": they would outvote
// the customer's own words. Runs of log-like lines and long fenced code blocks are dropped, so
// logs do not vote. A single pasted error line is kept: customers quote the one that matters.

/** A run of at least this many log-like lines is a dump. */
const MIN_RUN = 4;
/** A fenced ``` block with more lines than this is a dump. */
const MAX_FENCED_LINES = 3;
/** Patterns look at the start of a line only: long lines cannot slow them down. */
const HEAD = 240;

const LOG_LINE: readonly RegExp[] = [
  /^\[?\d{4}[-/]\d{2}[-/]\d{2}[T ]\d{2}:\d{2}/, // ISO-ish timestamp
  /^\[?\d{2}:\d{2}:\d{2}/, // time of day
  /^[A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2}/, // syslog
  /^\[?(ERROR|EROR|WARN|WARNING|INFO|DEBUG|DBUG|FATAL|TRACE|CRIT|PANIC)\b/, // level first
  /^[IWEF]\d{4} \d{2}:\d{2}/, // glog
  /^\s*at [\w$.<>/\\-]{1,200}[ (]/, // Java / Node stack frame
  /^\s*Traceback \(most recent call last\)/,
  /^\s*File "[^"]{1,300}", line \d+/, // Python frame
  /^\s*goroutine \d+ \[/,
  /^\s*panic: /,
  /^\s*[\w./-]{1,200}\.(go|py|js|ts|java|rb|rs):\d+/, // file:line
  /^\s*\{"[\w@.-]{1,40}":/, // JSON log line
  /^\s*Caused by: /,
  /^\s*\.\.\. \d+ more$/,
];
/** key=value dumps: "level=error msg=… t=…". */
const KEY_VALUE = /[\w.-]{1,40}=\S/g;

export function isLogLine(line: string): boolean {
  const head = line.length > HEAD ? line.slice(0, HEAD) : line;
  if (head.trim().length === 0) return false;
  for (const pattern of LOG_LINE) if (pattern.test(head)) return true;
  // Each key=value pair needs its own '=': fewer than three, and the dump pattern cannot hold.
  let equals = 0;
  for (let at = head.indexOf('='); at !== -1 && equals < 3; at = head.indexOf('=', at + 1)) equals++;
  if (equals < 3) return false;
  const pairs = head.match(KEY_VALUE);
  return pairs !== null && pairs.length >= 3;
}

function isFence(line: string): boolean {
  return line.trimStart().startsWith('```') || line.trimStart().startsWith('~~~');
}

/** What was taken out: pasted logs are themselves a sign that something failed. */
export interface StrippedLogs {
  lines: number;
}

/** Removes long fenced blocks, then runs of MIN_RUN or more log-like lines; counts them in `stripped`. */
export function stripLogBlocks(lines: readonly string[], stripped: StrippedLogs = { lines: 0 }): string[] {
  const unfenced: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!isFence(line)) {
      unfenced.push(line);
      continue;
    }
    let close = -1;
    for (let j = i + 1; j < lines.length; j++) {
      if (isFence(lines[j] ?? '')) {
        close = j;
        break;
      }
    }
    if (close === -1) {
      // An unterminated fence is not a block: keep the lines, the log-run check still applies.
      unfenced.push(...lines.slice(i + 1));
      break;
    }
    const body = lines.slice(i + 1, close);
    if (body.length <= MAX_FENCED_LINES) unfenced.push(...body);
    else stripped.lines += body.length;
    unfenced.push(''); // the block ends a sentence
    i = close;
  }

  const kept: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length < MIN_RUN) kept.push(...run);
    else {
      stripped.lines += run.length;
      kept.push('');
    }
    run = [];
  };
  for (const line of unfenced) {
    if (isLogLine(line)) run.push(line);
    else {
      flush();
      kept.push(line);
    }
  }
  flush();
  return kept;
}
