import type { Plan } from '../facts/types';
import type { Severity } from '../types';
import { BUSINESS_DAY_HOURS, type Schedule } from './schedules';

/** How much schedule time the first response may take, and on which schedule it is counted. */
interface FirstResponseBudget {
  schedule: Schedule;
  hours: number;
}

// support-policy §3, the same table as firstResponseTarget: [amount, unit] per severity.
type Amount = readonly [number, 'hours' | 'days'];
const ENTERPRISE: readonly Amount[] = [[2, 'hours'], [4, 'hours'], [8, 'hours'], [2, 'days']];
const OTHER_PAID: readonly Amount[] = [[1, 'days'], [1, 'days'], [2, 'days'], [3, 'days']];

function budget(schedule: Schedule, [amount, unit]: Amount): FirstResponseBudget {
  return { schedule, hours: unit === 'hours' ? amount : amount * BUSINESS_DAY_HOURS[schedule] };
}

/**
 * The first-response budget for a severity and plan: Enterprise counts on the 24x5 schedule,
 * Premium's Sev0 and Sev1 on the calendar (24x7) and its Sev2 and Sev3 as Enterprise, other paid
 * plans on 08:00–17:00. Null where firstResponseTarget is null (unknown plan, trial).
 */
export function firstResponseBudget(severity: Severity, plan: Plan): FirstResponseBudget | null {
  switch (plan) {
    case 'enterprise':
      return budget('24x5', ENTERPRISE[severity]!);
    case 'premium':
      return budget(severity <= 1 ? '24x7' : '24x5', ENTERPRISE[severity]!);
    case 'other_paid':
      return budget('business-hours', OTHER_PAID[severity]!);
    default:
      return null;
  }
}
