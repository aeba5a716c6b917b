// The support schedules of support-policy §3 ("Due time arithmetic"), as opening hours per
// weekday in the schedules' time zone. Minutes since local midnight; 1440 is the next midnight.

export type Schedule = '24x7' | '24x5' | 'business-hours';

/** [open, close) in local minutes, per weekday (0 = Sunday). */
type WeeklyHours = readonly (readonly [number, number] | null)[];

const ALL_DAY = [0, 1440] as const;

export const WEEKLY_HOURS: Readonly<Record<Schedule, WeeklyHours>> = {
  // Premium's Sev0 and Sev1 run on the calendar.
  '24x7': [ALL_DAY, ALL_DAY, ALL_DAY, ALL_DAY, ALL_DAY, ALL_DAY, ALL_DAY],
  // Enterprise: Sunday 14:00 to Friday 17:00 without a break.
  '24x5': [[14 * 60, 1440], ALL_DAY, ALL_DAY, ALL_DAY, ALL_DAY, [0, 17 * 60], null],
  // Other paid plans: Monday to Friday 08:00–17:00.
  'business-hours': [null, [8 * 60, 17 * 60], [8 * 60, 17 * 60], [8 * 60, 17 * 60], [8 * 60, 17 * 60], [8 * 60, 17 * 60], null],
};

/** Whether holidays close this schedule: the calendar (24x7) never closes. */
export function closesOnHolidays(schedule: Schedule): boolean {
  return schedule !== '24x7';
}

/** How long "one business day" is inside a schedule: 24 hours in 24x5, 9 hours in 08:00–17:00. */
export const BUSINESS_DAY_HOURS: Readonly<Record<Schedule, number>> = {
  '24x7': 24,
  '24x5': 24,
  'business-hours': 9,
};
