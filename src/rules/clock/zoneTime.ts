// Wall-clock time in an IANA time zone, read from the platform's Intl time zone data (through
// @date-fns/tz's tzOffset), never from the machine's own zone: only UTC getters are used, so the
// answer is the same on an agent's laptop in Tokyo and on a CI runner in UTC.
import { tzOffset } from '@date-fns/tz';

const MINUTE = 60_000;

/** A local calendar date and time of day in some zone. */
export interface LocalTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** Minutes since local midnight. */
  minutes: number;
}

/** Whether Intl knows the zone (an unknown name makes tzOffset return NaN). */
export function isKnownTimeZone(zone: string): boolean {
  return !Number.isNaN(tzOffset(zone, new Date(0)));
}

/** The wall-clock date and time at instant `ms` in `zone`. */
export function localTime(ms: number, zone: string): LocalTime {
  const shifted = new Date(ms + tzOffset(zone, new Date(ms)) * MINUTE);
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
  const first = wall - tzOffset(zone, new Date(wall)) * MINUTE;
  return wall - tzOffset(zone, new Date(first)) * MINUTE;
}

/** "2026-03-08" for a local date: the form holidays are written in. */
export function isoDate(time: Pick<LocalTime, 'year' | 'month' | 'day'>): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(time.year).padStart(4, '0')}-${pad(time.month)}-${pad(time.day)}`;
}
