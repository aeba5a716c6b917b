import { useId, useState } from 'react';
import type { Reason } from '../../rules/types';
import { useTranslation } from '../i18n';
import { useReasonText } from './ReasonTextContext';
import { DisclosureButton, ReasonList } from './styles';

/**
 * "Why?": a button (aria-expanded) that shows the rules behind one item and what they matched.
 * A plain button and region instead of an accordion package keeps the bundle small.
 */
export function WhyDisclosure({ reasons, label }: { reasons: Reason[]; label: string }) {
  const { t } = useTranslation();
  const describe = useReasonText();
  const [open, setOpen] = useState(false);
  const regionId = useId();
  // The button's name stays exactly "Why?" (tests and screen readers find it by that); the
  // region names the item it explains.
  return (
    <div>
      <DisclosureButton
        type="button"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen((value) => !value)}
      >
        {t('ui.why.button')}
      </DisclosureButton>
      <div id={regionId} role="region" aria-label={`${t('ui.why.button')} ${label}`} hidden={!open}>
        {open &&
          (reasons.length === 0 ? (
            <ReasonList>
              <li>{t('ui.why.empty')}</li>
            </ReasonList>
          ) : (
            <ReasonList>
              {reasons.map((reason, index) => (
                <li key={`${reason.ruleId}-${index}`}>
                  <strong>{t('ui.why.rule', { ruleId: reason.ruleId })}</strong>: {describe(reason)}
                  {reason.evidence.length > 0 && (
                    <>
                      <br />
                      {t('ui.why.evidence', { evidence: reason.evidence.join(', ') })}
                    </>
                  )}
                </li>
              ))}
            </ReasonList>
          ))}
      </div>
    </div>
  );
}

/** The reasons that explain the given output fields, e.g. ['severity', 'priority']. */
export function reasonsFor(reasons: Reason[], ...fields: string[]): Reason[] {
  return reasons.filter((reason) => fields.includes(reason.field));
}
