import { useId, useState, type ReactNode } from 'react';
import type { Reason } from '../../rules/types';
import { useTranslation } from '../i18n';
import { clipText, MAX_REASONS_SHOWN, MAX_TITLE_CHARS } from './displayLimits';
import { MoreCount } from './MoreCount';
import { useReasonText } from './useReasonText';
import { DisclosureButton, ReasonList } from '../look/primitives';

/** A button (aria-expanded) and the region it shows; a plain pair keeps the bundle small. */
function Disclosure({
  label,
  regionLabel,
  children,
}: {
  label: string;
  regionLabel: string;
  children: () => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const regionId = useId();
  return (
    <div>
      <DisclosureButton
        type="button"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen((value) => !value)}
      >
        {label}
      </DisclosureButton>
      <div id={regionId} role="region" aria-label={regionLabel} hidden={!open}>
        {open && children()}
      </div>
    </div>
  );
}

/**
 * One plain "Why" per topic ("Why this owner?"): the rules' sentences in words, each once. What an
 * admin needs to check the rulebook (rule ids, matched evidence, classifier scores) stays inside
 * "Details for admins", so the agent's view carries no engine internals.
 */
export function WhyDisclosure({
  topic,
  reasons,
  plain,
}: {
  /** The question, e.g. "Why this owner?": the button's name. */
  topic: string;
  reasons: Reason[];
  /** Sentences to say instead of the reasons' own (e.g. when the rules give no guidance). */
  plain?: string[];
}) {
  const { t } = useTranslation();
  const describe = useReasonText();
  // In the agent's language (describeReason); two rules may say the same thing: say it once.
  const sentences = plain ?? [...new Set(reasons.map(describe))];
  return (
    <Disclosure label={topic} regionLabel={topic}>
      {() => (
        <>
          <ReasonList>
            {sentences.length === 0 ? (
              <li>{t('ui.why.empty')}</li>
            ) : (
              sentences
                .slice(0, MAX_REASONS_SHOWN)
                .map((sentence) => (
                  <li key={sentence}>{clipText(sentence, MAX_TITLE_CHARS * 5)}</li>
                ))
            )}
          </ReasonList>
          <MoreCount
            count={sentences.length - MAX_REASONS_SHOWN}
            translationKey="ui.why.more"
            testId="reasons-more"
          />
          {reasons.length > 0 && (
            <Disclosure
              label={t('ui.why.details')}
              regionLabel={t('ui.why.detailsLabel', { topic })}
            >
              {() => (
                <>
                  <ReasonList data-testid="why-details">
                    {reasons.slice(0, MAX_REASONS_SHOWN).map((reason, index) => (
                      <li key={`${reason.ruleId}-${index}`}>
                        <code>
                          {t('ui.why.rule', { ruleId: clipText(reason.ruleId, MAX_TITLE_CHARS) })}
                        </code>
                        {reason.evidence.length > 0 && (
                          <>
                            <br />
                            {t('ui.why.evidence', {
                              evidence: clipText(reason.evidence.join(', '), MAX_TITLE_CHARS * 5),
                            })}
                          </>
                        )}
                      </li>
                    ))}
                  </ReasonList>
                  <MoreCount
                    count={reasons.length - MAX_REASONS_SHOWN}
                    translationKey="ui.why.more"
                    testId="details-more"
                  />
                </>
              )}
            </Disclosure>
          )}
        </>
      )}
    </Disclosure>
  );
}
