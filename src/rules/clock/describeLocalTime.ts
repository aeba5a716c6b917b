import { isoDate, localTime } from './zoneTime';

/**
 * "2026-03-08 17:00 America/Los_Angeles": an instant as the schedule's wall clock shows it, in a
 * locale-neutral, ISO-like form. The sidebar formats times for the agent's own locale and zone;
 * the engine's reasons stay the same everywhere.
 */
export function describeLocalTime(ms: number, zone: string): string {
  const local = localTime(ms, zone);
  const hh = String(Math.floor(local.minutes / 60)).padStart(2, '0');
  const mm = String(local.minutes % 60).padStart(2, '0');
  return `${isoDate(local)} ${hh}:${mm} ${zone}`;
}

/** "2026-03-09T00:00:00Z": an instant in UTC, to the second (the contract's form). */
export function isoInstant(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
