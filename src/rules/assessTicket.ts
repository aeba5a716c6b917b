import { analyzeTicket } from './classify/analyzeTicket';
import type { firstResponseClock } from './clock/firstResponseClock';
import { raiseSeverityFromMessages } from './conversation/raiseSeverityFromMessages';
import { readConversation } from './conversation/readConversation';
import { requestTypeFromMessages } from './conversation/requestTypeFromMessages';
import { classifyRequest } from './classify/classifyRequest';
import type { RuleContext } from './evaluate/RuleContext';
import { readFacts } from './facts/readFacts';
import { readTicketId } from './normalize/readTicketId';
import { checkedTicket } from './normalize/sanitizeTicket';
import { checkPriority } from './policies/checkPriority';
import { chooseOwner } from './policies/chooseOwner';
import { chooseSeverity } from './policies/chooseSeverity';
import { collectFlags } from './policies/collectFlags';
import { decideBestEffort } from './policies/decideBestEffort';
import { firstResponseTarget } from './policies/firstResponseTarget';
import { severityToPriority } from './policies/severityToPriority';
import { suggestMacros } from './policies/suggestMacros';
import type { Classification } from './classify/types';
import type { Assessment, EngineConfig, Reason, Rulebook, Ticket } from './types';
import { CONFIDENCES, REQUEST_TYPES } from './types';
import { isOneOf } from './isOneOf';

/** The ruleId of every reason of the fallback assessment given when the engine itself failed. */
export const ENGINE_ERROR_RULE_ID = 'engine.error';

const PLAN_LABELS: Record<string, string> = {
  enterprise: 'Enterprise (24x5)',
  premium: 'Enterprise with Premium (24x7 for Sev0 and Sev1)',
  other_paid: 'another paid plan',
};

/**
 * Counts the first-response clock of an assessed ticket: firstResponseClock, which `assess`
 * imports and the sidebar fetches after its first paint (clock/loadFirstResponseClock.ts).
 */
export type DueTimeClock = typeof firstResponseClock;

/**
 * The assessment of one ticket: pure, synchronous and deterministic (the clock is a parameter).
 * Stages run in order, each able to read the ones before: facts and classification, owner,
 * severity and priority, flags, best effort, macros. Text is analyzed once and shared.
 *
 * Inputs are checked where they enter: tickets by the two adapters (fromApiTicket,
 * fromSidebarData), rulebooks by loadRulebook, settings by readEngineConfig; a ticket built some
 * other way is checked once here (checkedTicket). Inside, the shapes are trusted, and this one
 * catch is the only one: an internal error gives a conservative assessment with a warning.
 *
 * `dueTime` null leaves the first-response clock out (firstResponseDue, State and At null, no
 * reasons): counting business hours in a named time zone makes the platform load its time zone
 * data, which costs tens of milliseconds on a fresh page, and the sidebar's first paint does not
 * show the clock, so it assesses without it and again with it right after that paint. `assess`
 * (assess.ts) is this with the clock.
 */
export function assessTicket(ticket: Ticket, rulebook: Rulebook, config: EngineConfig, now: Date, dueTime: DueTimeClock | null): Assessment {
  try {
    return assessOrThrow(checkedTicket(ticket), rulebook, config, now, dueTime);
  } catch (error) {
    return conservativeAssessment(ticket, error);
  }
}

const NO_CLOCK = { due: null, state: null, at: null, reasons: [] };

function assessOrThrow(ticket: Ticket, rulebook: Rulebook, config: EngineConfig, now: Date, dueTime: DueTimeClock | null): Assessment {
  const text = analyzeTicket(ticket);
  const conversation = readConversation(ticket);
  const fromFirstMessage = classifyRequest(ticket, config, text);
  const classification = checkedClassification(requestTypeFromMessages(fromFirstMessage, conversation.laterCustomerMessages, config) ?? fromFirstMessage);
  const facts = readFacts(ticket, config, now, text);
  const reasons: Reason[] = [];
  const ctx: RuleContext = { ticket, text, facts, requestType: classification.requestType, confidence: classification.confidence, conversation };

  if (classification !== fromFirstMessage && classification.ruleId === 'classify.later-message') {
    reasons.push({ field: 'requestType', ruleId: fromFirstMessage.ruleId, text: fromFirstMessage.text, evidence: fromFirstMessage.evidence });
  }
  reasons.push({ field: 'requestType', ruleId: classification.ruleId, text: classification.text, evidence: classification.evidence });
  reasons.push({
    field: 'confidence',
    ruleId: classification.ruleId,
    text: `Classification confidence is ${classification.confidence}.`,
    evidence: Object.entries(classification.scores).map(([type, score]) => `${type}: ${score}`),
  });

  const owner = chooseOwner(rulebook.owner, ctx);
  ctx.owner = owner.owner;
  reasons.push(owner.reason);

  const fromFirst = chooseSeverity(rulebook.severity, ctx);
  reasons.push(fromFirst.reason);
  const raised = raiseSeverityFromMessages(rulebook.severity, ctx, conversation.laterCustomerMessages, fromFirst.severity, config, now);
  if (raised !== null) reasons.push(raised.reason);
  const severity = raised ?? fromFirst;
  ctx.severity = severity.severity;

  const priority = severityToPriority(severity.severity);
  reasons.push({
    field: 'priority',
    ruleId: 'priority.from-severity',
    text: `Sev${severity.severity} maps to Zendesk priority ${priority}.`,
    evidence: [`severity: ${severity.severity}`],
  });

  const target = firstResponseTarget(severity.severity, facts.plan);
  reasons.push({
    field: 'firstResponseTarget',
    ruleId: 'firstResponseTarget.plan',
    text:
      target === null
        ? facts.plan === 'trial'
          ? 'Trials and prospects have no contractual first-response target.'
          : 'The support plan is unknown, so there is no first-response target.'
        : `Sev${severity.severity} on ${PLAN_LABELS[facts.plan] ?? facts.plan}: first response within ${target}.`,
    evidence: [`plan: ${facts.plan}`, `severity: ${severity.severity}`],
  });

  const clock = dueTime === null ? NO_CLOCK : dueTime(ticket, severity.severity, facts.plan, config, now);
  reasons.push(...clock.reasons);

  const priorityCheck = checkPriority(ticket, priority);
  if (priorityCheck) {
    const says = (verdict: typeof priorityCheck.verdict): string => {
      switch (verdict) {
        case 'matches':
          return `The current priority ${priorityCheck.current} matches the guidance.`;
        case 'above_guidance':
          return `The current priority ${priorityCheck.current} is above the guidance (${priority}). Changing it also changes which SLA targets Zendesk applies.`;
        case 'below_guidance':
          return `The current priority ${priorityCheck.current} is below the guidance (${priority}). Changing it also changes which SLA targets Zendesk applies.`;
        case 'unset':
          return `No priority is set; the guidance is ${priority}.`;
      }
    };
    reasons.push({ field: 'priorityCheck', ruleId: 'priorityCheck.compare', text: says(priorityCheck.verdict), evidence: [`priority: ${priorityCheck.current ?? 'none'}`] });
  }

  const flags = collectFlags(rulebook.flags, ctx);
  ctx.flags = flags.flags;
  reasons.push(...flags.reasons);

  const bestEffort = decideBestEffort(flags.flags, classification.requestType);
  ctx.bestEffort = bestEffort.bestEffort;
  reasons.push(bestEffort.reason);

  // Built per ticket: a few dozen slugs cost less than any cache that could go stale. A library
  // that is not a list (a broken rulebook object) offers no macros instead of failing the ticket.
  const library = new Set(Array.isArray(rulebook.macroLibrary) ? rulebook.macroLibrary.map((m) => m?.slug) : []);
  const macros = suggestMacros(rulebook.macros, ctx, config.maxSuggestions, library);
  reasons.push(...macros.reasons);

  const idWarnings: string[] = [];
  const ticketId = readTicketId(ticket.id, idWarnings);
  return {
    ticketId,
    requestType: classification.requestType,
    confidence: classification.confidence,
    owner: owner.owner,
    severity: severity.severity,
    priority,
    firstResponseTarget: target,
    firstResponseDue: clock.due,
    firstResponseState: clock.state,
    firstResponseAt: clock.at,
    priorityCheck,
    bestEffort: bestEffort.bestEffort,
    flags: flags.flags,
    macros: macros.macros,
    reasons,
    warnings: [...ticket.warnings, ...idWarnings, ...classification.warnings, ...facts.warnings],
    engineFailed: false,
  };
}

/**
 * The classifier's answer, trusted only as far as the contract: an out-of-range request type or
 * confidence (for instance from a tag named like an Object.prototype key) becomes unknown / low.
 */
function checkedClassification(classification: Classification): Classification {
  const typeOk = isOneOf(REQUEST_TYPES, classification.requestType);
  const confidenceOk = isOneOf(CONFIDENCES, classification.confidence);
  if (typeOk && confidenceOk) return classification;
  return {
    ...classification,
    requestType: 'unknown',
    confidence: 'low',
    text: 'The request type could not be determined; a person decides.',
    evidence: [],
    warnings: [...(classification.warnings ?? []), 'requestType: the classifier returned an unexpected value; treated as unknown'],
  };
}

/** What the sidebar shows when the engine itself failed: a person decides; nothing is hidden. */
function conservativeAssessment(ticket: Ticket, error: unknown): Assessment {
  const id = readTicketId(ticket?.id ?? null, []);
  const why = 'The engine could not assess this ticket; a person decides.';
  const reason = (field: string): Reason => ({ field, ruleId: ENGINE_ERROR_RULE_ID, text: why, evidence: [] });
  return {
    ticketId: id,
    requestType: 'unknown',
    confidence: 'low',
    owner: 'cs',
    severity: 2,
    priority: 'normal',
    firstResponseTarget: null,
    firstResponseDue: null,
    firstResponseState: null,
    firstResponseAt: null,
    priorityCheck: null,
    bestEffort: false,
    flags: [],
    macros: [],
    reasons: ['requestType', 'confidence', 'owner', 'severity', 'priority', 'firstResponseTarget', 'bestEffort'].map(reason),
    warnings: [`internal error: ${error instanceof Error ? error.message : String(error)}`],
    engineFailed: true,
  };
}
