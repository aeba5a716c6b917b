import type { Plan } from '../facts/types';
import type { EngineConfig, FirstResponseState, Reason, Severity, Ticket } from '../types';
import { addScheduledTime } from './addScheduledTime';
import { describeLocalTime, isoInstant } from './describeLocalTime';
import { firstPublicAgentReply } from './firstPublicAgentReply';
import { firstResponseBudget } from './firstResponseBudget';
import type { Schedule } from './schedules';

interface FirstResponseClock {
  due: string | null;
  state: FirstResponseState | null;
  at: string | null;
  reasons: Reason[];
}

const SCHEDULE_WORDS: Record<Schedule, string> = {
  '24x7': 'the calendar (24x7)',
  '24x5': 'the Enterprise 24x5 schedule (Sunday 14:00 to Friday 17:00)',
  'business-hours': 'business hours (Monday to Friday 08:00–17:00)',
};

const HOUR = 3_600_000;

/**
 * The first-response clock of support-policy §3: the due time counted in schedule hours from the
 * ticket's creation, the first public agent reply, and the state at `now`. Met means a reply
 * exists, on time or late (the reason says which); overdue means none yet and `now` is past due.
 */
export function firstResponseClock(ticket: Ticket, severity: Severity, plan: Plan, config: EngineConfig, now: Date): FirstResponseClock {
  const reasons: Reason[] = [];
  const reply = firstPublicAgentReply(Array.isArray(ticket.comments) ? ticket.comments : []);
  const at = reply === null ? null : isoInstant(reply.at);
  const budget = firstResponseBudget(severity, plan);
  const created = ticket.createdAt === null ? NaN : Date.parse(ticket.createdAt);
  const zone = config.scheduleTimeZone;

  let dueMs: number | null = null;
  if (budget === null) {
    reasons.push({ field: 'firstResponseDue', ruleId: 'firstResponse.no-target', text: 'There is no first-response target, so there is no due time.', evidence: [`plan: ${plan}`] });
  } else if (!Number.isFinite(created)) {
    reasons.push({ field: 'firstResponseDue', ruleId: 'firstResponse.no-creation-time', text: 'The ticket has no creation time, so the due time cannot be counted.', evidence: ['createdAt: none'] });
  } else {
    const holidays = new Set(config.holidays);
    dueMs = addScheduledTime(created, budget.hours * HOUR, budget.schedule, zone, holidays);
    if (dueMs === null) {
      reasons.push({ field: 'firstResponseDue', ruleId: 'firstResponse.no-opening', text: 'The schedule never opens (every day is a holiday), so the due time cannot be counted.', evidence: [`holidays: ${holidays.size}`] });
    } else {
      const createdLocal = describeLocalTime(created, zone);
      const dueLocal = describeLocalTime(dueMs, zone);
      // The holidays that closed the schedule between creation and due time, as evidence.
      const first = createdLocal.slice(0, 10);
      const last = dueLocal.slice(0, 10);
      const skipped = budget.schedule === '24x7' ? [] : config.holidays.filter((day) => day >= first && day <= last);
      reasons.push({
        field: 'firstResponseDue',
        ruleId: `firstResponse.due.${budget.schedule}`,
        text: `${budget.hours} hours counted on ${SCHEDULE_WORDS[budget.schedule]} in ${zone} from the ticket's creation (${createdLocal}): due ${dueLocal}.`,
        evidence: [
          `createdAt: ${isoInstant(created)}`,
          `schedule: ${budget.schedule}`,
          `timeZone: ${zone}`,
          ...skipped.map((day) => `holiday: ${day}`),
        ],
      });
    }
  }

  if (reply !== null) {
    const late = dueMs !== null && reply.at > dueMs;
    reasons.push({
      field: 'firstResponseAt',
      ruleId: 'firstResponse.agent-reply',
      text: `An agent's public reply of ${reply.comment.createdAt === null ? at : describeLocalTime(reply.at, zone)} is the first response${dueMs === null ? '' : late ? ', after the due time' : ', within the due time'}.`,
      evidence: [`comment ${reply.index + 1}${reply.comment.id === null ? '' : ` (id ${reply.comment.id})`}: ${at}`],
    });
  }

  // An unusable clock cannot say "overdue": the state stays pending rather than failing the ticket.
  const nowMs = now instanceof Date ? now.getTime() : NaN;
  const state: FirstResponseState | null = dueMs === null ? null : reply !== null ? 'met' : nowMs > dueMs ? 'overdue' : 'pending';
  if (state !== null) {
    reasons.push({
      field: 'firstResponseState',
      ruleId: `firstResponse.${state}`,
      text:
        state === 'met'
          ? 'A public agent reply exists: the first response is sent.'
          : state === 'overdue'
            ? 'No public agent reply yet and the due time has passed.'
            : 'No public agent reply yet; the due time has not passed.',
      evidence: [`now: ${Number.isFinite(nowMs) ? isoInstant(nowMs) : 'unknown'}`],
    });
  }
  return { due: dueMs === null ? null : isoInstant(dueMs), state, at, reasons };
}
