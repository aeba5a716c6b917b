import { lazy, Suspense } from 'react';
import type { Assessment } from '../../rules/types';
import { useTranslation } from '../i18n';
import { formatResponseTarget } from '../i18n/formatResponseTarget';
import { PriorityCheck } from './PriorityCheck';
import { Line, Section, SectionHeading, Subtle } from './styles';
import { WhyDisclosure, reasonsFor } from './WhyDisclosure';

// Not needed for the first paint of the assessment: in the chunk fetched right after it.
const FirstResponseClock = lazy(() =>
  import('../laterParts').then((parts) => ({ default: parts.FirstResponseClock })),
);

export function SeveritySection({ assessment, now }: { assessment: Assessment; now?: () => Date }) {
  const { t, locale } = useTranslation();
  const heading = t('ui.sections.severity');
  const priority = t(`ui.priorities.${assessment.priority}`);
  return (
    <Section aria-label={heading}>
      <SectionHeading>{heading}</SectionHeading>
      <Line data-testid="severity">
        {t('ui.severity.value', {
          severity: assessment.severity,
          name: t(`ui.severity.names.${assessment.severity}`),
        })}
      </Line>
      <Suspense fallback={null}>
        <FirstResponseClock assessment={assessment} locale={locale} now={now} />
      </Suspense>
      <Subtle>{t('ui.severity.mapsTo', { priority })}</Subtle>
      <Subtle data-testid="first-response">
        {assessment.firstResponseTarget
          ? t('ui.severity.firstResponse', {
              target: formatResponseTarget(assessment.firstResponseTarget, locale, t),
            })
          : t('ui.severity.planUnknown')}
      </Subtle>
      <WhyDisclosure
        label={heading}
        reasons={reasonsFor(assessment.reasons, 'severity', 'priority', 'firstResponseTarget')}
      />
      <PriorityCheck assessment={assessment} />
    </Section>
  );
}
