import { ruleEvidence } from '../evaluate/evaluateRule';
import type { RuleContext } from '../evaluate/RuleContext';
import { ruleWords } from '../policies/ruleWords';
import { lookupPhrases } from '../text';
import type { EngineConfig, Reason, Severity, SeverityRule } from '../types';
import { LOST_WORKAROUND } from './conversationCues';
import { blankContext, messageContext } from './messageContext';
import type { LaterMessage } from './readConversation';
import { relabelEvidence } from './relabelEvidence';

interface SeverityRaise {
  severity: Severity;
  reason: Reason;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Severity re-assessed on the customer's later messages: impact can grow, never shrink. Each
 * message is read alone by the same ordered severity rules (first match wins); the deciding rule
 * raises the severity only when the message is what made it match (it does not match on the
 * ticket's fields with no text), so a rule decided by the request type alone never counts. Pressure
 * ("ASAP", "!!!") is no severity cue, so it never raises. A message saying the workaround stopped
 * working raises one level, to Sev1 at most. The most severe raise wins; the earliest on a tie.
 */
export function raiseSeverityFromMessages(
  rules: readonly SeverityRule[],
  ctx: RuleContext,
  messages: readonly LaterMessage[],
  current: Severity,
  config: EngineConfig,
  now: Date,
): SeverityRaise | null {
  if (messages.length === 0) return null;
  let blank: RuleContext | null = null;
  let best: SeverityRaise | null = null;
  const consider = (raise: SeverityRaise) => {
    if (raise.severity < (best?.severity ?? current)) best = raise;
  };
  for (const message of messages) {
    const inMessage = messageContext(ctx, message.comment.body, message.text, config, now);
    for (const rule of rules) {
      const evidence = ruleEvidence(rule, inMessage);
      if (evidence === null) continue;
      blank ??= blankContext(ctx, config, now);
      if (rule.severity < current && ruleEvidence(rule, blank) === null) {
        consider({
          severity: rule.severity,
          reason: {
            field: 'severity',
            ruleId: rule.id,
            text: `${capitalized(message.label)} raises the severity from Sev${current} to Sev${rule.severity}. ${ruleWords(rule)}`,
            evidence: relabelEvidence(evidence, message.label),
          },
        });
      }
      break;
    }
    const lost = current >= 2 ? lookupPhrases(message.text, LOST_WORKAROUND) : [];
    if (lost.length > 0) {
      const severity = Math.max(1, current - 1) as Severity;
      consider({
        severity,
        reason: {
          field: 'severity',
          ruleId: 'severity.workaround-lost',
          text: `${capitalized(message.label)} says the workaround stopped working, so the impact grew: Sev${current} becomes Sev${severity}.`,
          evidence: [`${message.label}: "${lost[0]}"`],
        },
      });
    }
  }
  return best;
}
