import { ruleEvidence } from '../evaluate/evaluateRule';
import type { RuleContext } from '../evaluate/RuleContext';
import type { Owner, OwnerRule, Reason } from '../types';
import { DEFAULT_OWNER } from './defaultsByRequestType';
import { ruleReason } from './ruleReason';

interface OwnerChoice {
  owner: Owner;
  nextStep: string | null;
  reason: Reason;
}

/** Ordered like Zendesk SLA policies: the first matching rule decides; else the table default. */
export function chooseOwner(rules: readonly OwnerRule[], ctx: RuleContext): OwnerChoice {
  for (const rule of rules) {
    const evidence = ruleEvidence(rule, ctx);
    if (evidence !== null) {
      const reason = ruleReason('owner', rule, evidence);
      if (rule.nextStep) reason.text += ` Next step: ${rule.nextStep}`;
      return { owner: rule.owner, nextStep: rule.nextStep ?? null, reason };
    }
  }
  const owner = DEFAULT_OWNER[ctx.requestType] ?? 'cs';
  return {
    owner,
    nextStep: null,
    reason: {
      field: 'owner',
      ruleId: 'owner.default',
      text: `No owner rule matched; ${ctx.requestType} tickets belong to ${owner} by default.`,
      evidence: [`requestType: ${ctx.requestType}`],
    },
  };
}
