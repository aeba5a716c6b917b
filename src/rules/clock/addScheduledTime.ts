import { closesOnHolidays, WEEKLY_HOURS, type Schedule } from './schedules';
import { instantAt, isoDate, localTime } from './zoneTime';

/** No target is longer than a few business days; ten years of closed days means a broken calendar. */
const MAX_DAYS = 3660;

/**
 * The instant `durationMs` of open schedule time after `startMs`: time counts only inside the
 * schedule's opening hours in `zone`, on days that are not `holidays` (local dates "YYYY-MM-DD").
 * A start outside the hours counts from the next opening. Elapsed time is real time, so a window
 * that spans a daylight saving change counts its true length. Null when no end is found within
 * ten years (every day a holiday) or the inputs are not finite.
 */
export function addScheduledTime(
  startMs: number,
  durationMs: number,
  schedule: Schedule,
  zone: string,
  holidays: ReadonlySet<string>,
): number | null {
  if (!Number.isFinite(startMs) || !Number.isFinite(durationMs) || durationMs < 0) return null;
  const hours = WEEKLY_HOURS[schedule];
  const skipHolidays = closesOnHolidays(schedule) && holidays.size > 0;
  let remaining = durationMs;
  const first = localTime(startMs, zone);
  // Beyond the range of Date (year 275760) there is no calendar to walk.
  if (!Number.isFinite(first.year)) return null;
  // Walk local dates; Date.UTC normalizes day overflow into the next month or year.
  for (let offset = 0; offset < MAX_DAYS; offset++) {
    const date = new Date(Date.UTC(first.year, first.month - 1, first.day + offset));
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth() + 1;
    const day = date.getUTCDate();
    const window = hours[date.getUTCDay()];
    if (!window) continue;
    if (skipHolidays && holidays.has(isoDate({ year, month, day }))) continue;
    const open = Math.max(instantAt(year, month, day, window[0], zone), startMs);
    const close = instantAt(year, month, day, window[1], zone);
    if (close <= open) continue;
    if (close - open >= remaining) return open + remaining;
    remaining -= close - open;
  }
  return null;
}
