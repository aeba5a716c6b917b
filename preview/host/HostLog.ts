// Every message in and out of the host, plus a tally by kind, so tests can assert on the protocol
// ("the app invoked `macro` with id 360000101") instead of on pixels.

export interface HostLogEntry {
  seq: number;
  direction: 'in' | 'out' | 'rejected';
  /** A short label: 'get', 'invoke:macro', 'request:GET /api/v2/macros', 'zaf.app.registered' … */
  kind: string;
  data: unknown;
}

export class HostLog {
  readonly entries: HostLogEntry[] = [];
  readonly counts: Record<string, number> = {};
  private seq = 0;

  add(direction: HostLogEntry['direction'], kind: string, data: unknown): void {
    this.seq += 1;
    this.entries.push({ seq: this.seq, direction, kind, data });
    if (this.entries.length > 2000) this.entries.splice(0, this.entries.length - 2000);
    const countKey = direction === 'in' ? kind : `${direction}:${kind}`;
    this.counts[countKey] = (this.counts[countKey] ?? 0) + 1;
  }

  clear(): void {
    this.entries.length = 0;
    for (const key of Object.keys(this.counts)) delete this.counts[key];
  }
}
