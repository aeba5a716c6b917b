import type { Assessment, Rulebook, Severity, Ticket } from '../../rules/types';
import { ownerNextStep } from '../../rules/sidebar';
import { priorityGuidance } from '../assessmentGuidance';
import { useTranslation } from '../i18n';
import { formatResponseTarget } from '../i18n/formatResponseTarget';
import { PriorityCheck } from './PriorityCheck';
import { laterPart } from '../LaterPart';
import { Tag } from '../look/Tag';
import {
  Row,
  Section,
  Strong,
  Subtle,
  SummaryLabel,
  SummaryLine,
  TagRow,
  VisuallyHidden,
} from '../look/primitives';

// Not needed for the first paint of the assessment: in the chunk fetched right after it.
const FirstResponseClock = laterPart('FirstResponseClock');
const SaveAnyway = laterPart('SaveAnyway');

// Sev 0 and Sev 1 must catch the eye; Sev 2 and 3 stay quiet.
const SEVERITY_HUE: Record<Severity, 'red' | 'yellow' | undefined> = {
  0: 'red',
  1: 'yellow',
  2: undefined,
  3: undefined,
};

/**
 * What a triager needs in five seconds, at the top of a 320 px sidebar: severity (or that there is
 * no guidance), best effort, request type, owner and next step, the priority verdict with its
 * one-click set, and the first-response target. The reasons live further down under "Why".
 */
export function SummarySection({
  ticket,
  assessment,
  rulebook,
  now,
}: {
  ticket: Ticket;
  assessment: Assessment;
  rulebook: Rulebook;
  /** The clock for the first-response countdown; tests fix it. */
  now?: () => Date;
}) {
  const { t, locale } = useTranslation();
  const heading = t('ui.sections.summary');
  // An unknown request type fills in Sev 2 / normal only so the contract has values: no advice.
  const guided = priorityGuidance(assessment) !== null;
  const nextStep = ownerNextStep(assessment, rulebook) ?? t(`ui.nextSteps.${assessment.owner}`);
  return (
    <Section aria-label={heading} data-testid="summary" $first>
      <VisuallyHidden as="h2">{heading}</VisuallyHidden>
      <TagRow>
        {guided ? (
          <Tag
            size="large"
            hue={SEVERITY_HUE[assessment.severity]}
            isRegular={assessment.severity > 1}
            data-testid="severity"
            data-severity={assessment.severity}
          >
            {t('ui.severity.value', {
              severity: assessment.severity,
              name: t(`ui.severity.names.${assessment.severity}`),
            })}
          </Tag>
        ) : (
          <Tag size="large" isRegular data-testid="no-guidance">
            {t('ui.summary.noGuidance')}
          </Tag>
        )}
        {assessment.bestEffort && (
          <Tag size="large" hue="yellow" isRegular data-testid="best-effort">
            {t('ui.summary.bestEffort')}
          </Tag>
        )}
      </TagRow>
      <SummaryLine as="div">
        <Row>
          <Strong data-testid="request-type">
            {t(`ui.requestTypes.${assessment.requestType}`)}
          </Strong>
          <Tag size="small" hue="grey" isRegular data-testid="confidence">
            {t(`ui.summary.typeConfidence.${assessment.confidence}`)}
          </Tag>
        </Row>
      </SummaryLine>
      <SummaryLine>
        <SummaryLabel>{t('ui.summary.owner')}: </SummaryLabel>
        <Strong data-testid="owner">{t(`ui.owners.${assessment.owner}`)}</Strong>
      </SummaryLine>
      <Subtle data-testid="next-step">
        {t('ui.nextSteps.label')}: {nextStep}
      </Subtle>
      <PriorityCheck assessment={assessment} />
      {/* Block mode's way out sits with the verdict it overrides. */}
      <SaveAnyway ticket={ticket} assessment={assessment} />
      {guided && (
        <Row data-testid="first-response-row">
          <Subtle data-testid="first-response">
            {assessment.firstResponseTarget
              ? t('ui.severity.firstResponse', {
                  target: formatResponseTarget(assessment.firstResponseTarget, locale, t),
                })
              : t('ui.severity.planUnknown')}
          </Subtle>
          {/* Beside its target, so the summary answers "how long do I have" too. */}
          <FirstResponseClock assessment={assessment} locale={locale} now={now} />
        </Row>
      )}
    </Section>
  );
}
