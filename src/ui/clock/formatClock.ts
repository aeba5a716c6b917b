// Times and durations in the agent's locale and time zone, through Intl (no date library).
import type { Translate } from '../i18n';

const DAY = 86_400_000;

/** "Tue 10:00" (English) or "Di., 10:00" (German); with the date when it is more than six days away. */
export function formatClockTime(
  ms: number,
  nowMs: number,
  locale: string,
  timeZone?: string,
): string {
  const far = Math.abs(ms - nowMs) > 6 * DAY;
  try {
    return new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      ...(far ? { day: 'numeric', month: 'short' } : {}),
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
    }).format(ms);
  } catch {
    // An unknown zone or locale: the browser's own.
    return new Date(ms).toLocaleString();
  }
}

/** "3 h 20 min", "45 min", "2 d 4 h" in the agent's language; minutes padded after hours ("1 h 05 min"). */
export function formatDuration(totalMinutes: number, t: Translate): string {
  const minutes = Math.max(0, Math.round(totalMinutes));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return t('ui.clock.duration.daysHours', { days, hours });
  if (hours > 0)
    return t('ui.clock.duration.hoursMinutes', { hours, minutes: String(rest).padStart(2, '0') });
  return t('ui.clock.duration.minutes', { minutes: rest });
}
