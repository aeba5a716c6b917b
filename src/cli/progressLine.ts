// A one-line counter on standard error for long dry runs, only when a person watches it (stderr
// is a terminal): never on stdout, never in a log file or a pipe.

export interface Progress {
  tick(tickets: number): void;
  done(): void;
}

const EVERY_MS = 250;

export function progressLine(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { tick: () => {}, done: () => {} };
  let last = 0;
  let shown = false;
  return {
    tick(tickets) {
      const now = Date.now();
      if (now - last < EVERY_MS) return;
      last = now;
      shown = true;
      stream.write(`\r${tickets.toLocaleString('en-US')} tickets assessed…`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
