import type { Reason } from '../../rules/types';

/** The reasons that explain the given output fields, e.g. ['severity', 'priority']. */
export function reasonsFor(reasons: Reason[], ...fields: string[]): Reason[] {
  return reasons.filter((reason) => fields.includes(reason.field));
}
