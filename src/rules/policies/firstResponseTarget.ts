import type { Plan } from '../facts/types';
import type { Severity } from '../types';

// support-policy §3. Premium keeps the Enterprise targets and adds 24x7 for Sev0 and Sev1.
const ENTERPRISE = ['2 business hours', '4 business hours', '8 business hours', '2 business days'] as const;
const OTHER_PAID = ['1 business day', '1 business day', '2 business days', '3 business days'] as const;

/**
 * The time to first response for a severity and plan; null when the plan is unknown (custom
 * contracts count as unknown) and for trials, which carry no contractual target.
 */
export function firstResponseTarget(severity: Severity, plan: Plan): string | null {
  switch (plan) {
    case 'enterprise':
      return ENTERPRISE[severity];
    case 'premium':
      return severity <= 1 ? `${ENTERPRISE[severity]}, 24x7` : ENTERPRISE[severity];
    case 'other_paid':
      return OTHER_PAID[severity];
    default:
      return null;
  }
}
