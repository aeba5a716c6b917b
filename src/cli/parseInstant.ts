// `--now`: an ISO 8601 instant, checked field by field. `new Date()` alone accepts "1" (the year
// 2001) and rolls "2026-02-30" over into March, and a dry run on the wrong clock misreports ages.

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))$/i;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The instant, or null when `text` is not a complete, real date and time with its offset. */
export function parseInstant(text: string): Date | null {
  const match = INSTANT.exec(text.trim());
  if (match === null) return null;
  const [, year, month, day, hour, minute, second = '0', , zone, zoneHours = '0', zoneMinutes = '0'] = match;
  const y = Number(year);
  const mo = Number(month);
  const ok =
    mo >= 1 && mo <= 12 &&
    Number(day) >= 1 && Number(day) <= daysIn(y, mo) &&
    Number(hour) <= 23 && Number(minute) <= 59 && Number(second) <= 59 &&
    (zone?.toUpperCase() === 'Z' || (Number(zoneHours) <= 23 && Number(zoneMinutes) <= 59));
  if (!ok) return null;
  const parsed = new Date(text.trim());
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}
