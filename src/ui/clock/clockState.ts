// What the first-response clock shows at a given minute: pure, so the panel's ticking and the tests
// share one rule (support-policy §3: a warning under an hour, an error once overdue).
import type { Assessment } from '../../rules/types';

export type ClockFields = Pick<
  Assessment,
  'firstResponseDue' | 'firstResponseState' | 'firstResponseAt' | 'reasons'
>;

export type ClockView =
  | { kind: 'sent'; at: number }
  | { kind: 'due'; due: number; minutesLeft: number }
  | { kind: 'soon'; due: number; minutesLeft: number }
  | { kind: 'overdue'; due: number; minutesLate: number };

const MINUTE = 60_000;

/** null when there is nothing to count (no target, no creation time, an unusable due time). */
export function clockView(fields: ClockFields, nowMs: number): ClockView | null {
  const sentAt = fields.firstResponseAt === null ? NaN : Date.parse(fields.firstResponseAt);
  if (Number.isFinite(sentAt)) return { kind: 'sent', at: sentAt };
  const due = fields.firstResponseDue === null ? NaN : Date.parse(fields.firstResponseDue);
  if (!Number.isFinite(due) || !Number.isFinite(nowMs)) return null;
  const left = due - nowMs;
  if (left <= 0)
    return { kind: 'overdue', due, minutesLate: Math.max(1, Math.ceil(-left / MINUTE)) };
  const minutesLeft = Math.ceil(left / MINUTE);
  return minutesLeft <= 60 ? { kind: 'soon', due, minutesLeft } : { kind: 'due', due, minutesLeft };
}

/** The schedule the due time was counted on, and its time zone, from the engine's reason. */
export function countedOn(
  fields: ClockFields,
): { schedule: string; timeZone: string | null } | null {
  const reason = fields.reasons.find((candidate) =>
    candidate.ruleId.startsWith('firstResponse.due.'),
  );
  if (!reason) return null;
  const zone = reason.evidence.find((item) => item.startsWith('timeZone: '));
  return {
    schedule: reason.ruleId.slice('firstResponse.due.'.length),
    timeZone: zone ? zone.slice('timeZone: '.length) : null,
  };
}
