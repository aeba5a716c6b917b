import { ENGINE_ERROR_RULE_ID } from '../../rules/sidebar';
import type { Assessment, Reason, Rulebook } from '../../rules/types';
import type { Translate } from '../i18n';
import { formatResponseTarget } from '../i18n/formatResponseTarget';

/**
 * A reason in the agent's language. Reasons from rulebook rules already are (the panel assesses
 * with the localized rulebook); the engine's own sentences are English, so outside English they
 * are said again from the assessment's values by translation key. English keeps the engine's
 * wording, which names the exact tag or field that decided.
 */
export function reasonDescriber(
  assessment: Assessment,
  rulebook: Rulebook,
  t: Translate,
  locale: string,
): (reason: Reason) => string {
  if (locale === 'en') return (reason) => reason.text;
  const ruleIds = new Set(
    [...rulebook.owner, ...rulebook.severity, ...rulebook.flags, ...rulebook.macros].map((rule) => rule.id),
  );
  const type = t(`ui.requestTypes.${assessment.requestType}`);
  const priority = (value: string | null) => (value === null ? t('ui.ticket.noPriority') : t(`ui.priorities.${value}`));
  return (reason) => {
    if (ruleIds.has(reason.ruleId)) return reason.text;
    if (reason.ruleId === ENGINE_ERROR_RULE_ID) return t('ui.panel.engineFailed');
    switch (reason.field) {
      case 'requestType':
        return assessment.requestType === 'unknown' ? t('ui.why.engine.requestTypeUnknown') : t('ui.why.engine.requestType', { type });
      case 'confidence':
        return t('ui.why.engine.confidence', { confidence: t(`ui.confidence.${assessment.confidence}`) });
      case 'owner':
        return t('ui.why.engine.ownerDefault', { type, owner: t(`ui.owners.${assessment.owner}`) });
      case 'severity':
        return t('ui.why.engine.severityDefault', { type, severity: assessment.severity });
      case 'priority':
        return t('ui.why.engine.priority', { severity: assessment.severity, priority: priority(assessment.priority) });
      case 'firstResponseTarget':
        return assessment.firstResponseTarget === null
          ? t('ui.severity.planUnknown')
          : t('ui.severity.firstResponse', { target: formatResponseTarget(assessment.firstResponseTarget, locale, t) });
      case 'priorityCheck': {
        const check = assessment.priorityCheck;
        if (!check) return reason.text;
        const vars = { current: priority(check.current), suggested: priority(check.suggested) };
        const key = { matches: 'matches', above_guidance: 'above', below_guidance: 'below', unset: 'unset' }[check.verdict];
        return t(`ui.priorityCheck.${key}`, vars);
      }
      case 'bestEffort':
        return assessment.bestEffort ? t('ui.why.engine.bestEffort') : t('ui.why.engine.noBestEffort');
      default:
        return reason.text;
    }
  };
}
