// Wall-clock time in an IANA time zone, read from the platform's Intl time zone data (through
// @date-fns/tz's tzOffset), never from the machine's own zone: only UTC getters are used, so the
// answer is the same on an agent's laptop in Tokyo and on a CI runner in UTC.
import { tzOffset } from '@date-fns/tz/tzOffset';

const MINUTE = 60_000;

/** A local calendar date and time of day in some zone. */
interface LocalTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** Minutes since local midnight. */
  minutes: number;
}

const HOUR = 3_600_000;
const MAX_KEPT = 20_000;
/** zone → UTC hour number → the zone's offset throughout that hour, or NaN when it changes inside it. */
const offsetsByHour = new Map<string, Map<number, number>>();

/**
 * The zone's UTC offset in minutes at instant `ms`. Asking Intl costs microseconds and a dry run
 * asks about the same hours again and again, so the answer is kept per UTC hour: an offset that is
 * the same at both ends of the hour holds for all of it (zones change offset at most once in an
 * hour); an hour with a change is asked about exactly, every time.
 */
function offsetAt(zone: string, ms: number): number {
  let hours = offsetsByHour.get(zone);
  if (hours === undefined) offsetsByHour.set(zone, (hours = new Map()));
  const hour = Math.floor(ms / HOUR);
  let offset = hours.get(hour);
  if (offset === undefined) {
    const start = tzOffset(zone, new Date(hour * HOUR));
    offset = start === tzOffset(zone, new Date(hour * HOUR + HOUR - 1)) ? start : NaN;
    if (hours.size >= MAX_KEPT) hours.clear();
    hours.set(hour, offset);
  }
  return Number.isNaN(offset) ? tzOffset(zone, new Date(ms)) : offset;
}

/** The wall-clock date and time at instant `ms` in `zone`. */
export function localTime(ms: number, zone: string): LocalTime {
  const shifted = new Date(ms + offsetAt(zone, ms) * MINUTE);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
  };
}

/**
 * The instant at which the wall clock in `zone` shows `minutes` after midnight of the local date
 * (minutes may be 1440: the next midnight). Two passes settle the offset on either side of a
 * daylight saving change; a wall time that does not exist (the skipped hour) lands just after it.
 */
export function instantAt(year: number, month: number, day: number, minutes: number, zone: string): number {
  const wall = Date.UTC(year, month - 1, day, 0, minutes);
  const first = wall - offsetAt(zone, wall) * MINUTE;
  return wall - offsetAt(zone, first) * MINUTE;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-03-08" for a local date: the form holidays are written in. */
export function isoDate(time: Pick<LocalTime, 'year' | 'month' | 'day'>): string {
  return `${String(time.year).padStart(4, '0')}-${pad(time.month)}-${pad(time.day)}`;
}
