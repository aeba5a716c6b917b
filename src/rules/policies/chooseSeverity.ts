import { ruleEvidence } from '../evaluate/evaluateRule';
import type { RuleContext } from '../evaluate/RuleContext';
import type { Reason, Severity, SeverityRule } from '../types';
import { DEFAULT_SEVERITY } from './defaultsByRequestType';
import { ruleReason } from './ruleReason';

interface SeverityChoice {
  severity: Severity;
  reason: Reason;
}

/**
 * Ordered, first match wins. The default rulebook lists the most severe levels first, so this is
 * "the most severe level whose cues match after the guards". Pressure words are not severity
 * cues: they only raise a flag later.
 */
export function chooseSeverity(rules: readonly SeverityRule[], ctx: RuleContext): SeverityChoice {
  for (const rule of rules) {
    const evidence = ruleEvidence(rule, ctx);
    if (evidence !== null) return { severity: rule.severity, reason: ruleReason('severity', rule, evidence) };
  }
  const severity = DEFAULT_SEVERITY[ctx.requestType] ?? 3;
  return {
    severity,
    reason: {
      field: 'severity',
      ruleId: 'severity.default',
      text: `No severity rule matched; ${ctx.requestType} tickets default to Sev${severity}.`,
      evidence: [`requestType: ${ctx.requestType}`],
    },
  };
}
