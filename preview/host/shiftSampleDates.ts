// The samples were written for one day (SAMPLE_CLOCK): a ticket "created 12 days ago" says so with
// a fixed date. Opened later, every sample would age past two weeks and carry the aging flag and
// macro. The preview moves every timestamp by the same amount so that the day it starts is the
// samples' day: each ticket keeps the age it was written with, and what a newcomer sees matches
// the README and the dry run with `--now 2026-11-26T12:00:00Z`.

/** The clock the samples were written for (test/fixtures/samples/README.md). */
export const SAMPLE_CLOCK = '2026-11-26T12:00:00Z';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A deep copy of `value` with every ISO 8601 instant under a key ending in `_at` moved by
 * `now − SAMPLE_CLOCK`. Other values, and unparseable dates, are copied unchanged.
 */
export function shiftSampleDates<T>(value: T, now: Date, sampleClock: string = SAMPLE_CLOCK): T {
  const offset = now.getTime() - Date.parse(sampleClock);
  if (!Number.isFinite(offset)) return value;
  const walk = (node: unknown, key: string | null): unknown => {
    if (Array.isArray(node)) return node.map((item) => walk(item, key));
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, k)]));
    }
    if (typeof node === 'string' && key !== null && key.endsWith('_at') && ISO_INSTANT.test(node)) {
      const time = Date.parse(node);
      return Number.isNaN(time) ? node : new Date(time + offset).toISOString().replace('.000Z', 'Z');
    }
    return node;
  };
  return walk(value, null) as T;
}
