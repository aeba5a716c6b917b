import type { Reason, RequestType } from '../types';

/** Request types that are best effort by definition (§1: the customer's own overlays, scripts). */
const BEST_EFFORT_TYPES: readonly RequestType[] = ['customer_customization', 'custom_script'];

/** bestEffort: any best-effort:* flag, or a request type that is best effort by definition. */
export function decideBestEffort(flags: readonly string[], requestType: RequestType): { bestEffort: boolean; reason: Reason } {
  const deviations = flags.filter((flag) => flag.startsWith('best-effort:'));
  if (deviations.length > 0) {
    return {
      bestEffort: true,
      reason: {
        field: 'bestEffort',
        ruleId: 'bestEffort.flags',
        text: 'The setup departs from documented best practice, so support is best effort.',
        evidence: deviations,
      },
    };
  }
  if (BEST_EFFORT_TYPES.includes(requestType)) {
    return {
      bestEffort: true,
      reason: {
        field: 'bestEffort',
        ruleId: 'bestEffort.requestType',
        text: 'Customer-maintained overlays, forks and scripts are supported on a best-effort basis.',
        evidence: [`requestType: ${requestType}`],
      },
    };
  }
  return {
    bestEffort: false,
    reason: {
      field: 'bestEffort',
      ruleId: 'bestEffort.none',
      text: 'No deviation from documented best practice was detected.',
      evidence: [],
    },
  };
}
