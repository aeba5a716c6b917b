import type { Priority, Severity } from '../types';

/** support-policy §4: Sev0 urgent, Sev1 high, Sev2 normal, Sev3 low. */
const PRIORITY_BY_SEVERITY: Record<Severity, Priority> = { 0: 'urgent', 1: 'high', 2: 'normal', 3: 'low' };

export function severityToPriority(severity: Severity): Priority {
  return PRIORITY_BY_SEVERITY[severity];
}
