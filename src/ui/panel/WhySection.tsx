import type { Assessment } from '../../rules/types';
import { priorityGuidance } from '../assessmentGuidance';
import { useTranslation } from '../i18n';
import { reasonsFor } from './reasonsFor';
import { Section, SectionHeading, Stack } from '../look/primitives';
import { WhyDisclosure } from './WhyDisclosure';

// The reasons behind the severity line: severity, the priority it maps to, the first response.
const SEVERITY_FIELDS = [
  'severity',
  'priority',
  'priorityCheck',
  'firstResponseTarget',
  'firstResponseDue',
  'firstResponseState',
];

/**
 * The explanations, below the actions: one "Why" per part of the summary and per list (flags,
 * macros), each closed until asked for.
 */
export function WhySection({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const heading = t('ui.sections.why');
  const guided = priorityGuidance(assessment) !== null;
  const flagFields = assessment.flags.map((flag) => `flag:${flag}`);
  if (assessment.bestEffort) flagFields.push('bestEffort');
  return (
    <Section aria-label={heading} data-testid="why-section">
      <SectionHeading>{heading}</SectionHeading>
      <Stack>
        <WhyDisclosure
          topic={t('ui.why.topics.requestType')}
          reasons={reasonsFor(assessment.reasons, ['requestType', 'confidence'])}
        />
        <WhyDisclosure
          topic={t('ui.why.topics.owner')}
          reasons={reasonsFor(assessment.reasons, ['owner'])}
        />
        {guided ? (
          <WhyDisclosure
            topic={t('ui.why.topics.severity')}
            reasons={reasonsFor(assessment.reasons, SEVERITY_FIELDS)}
          />
        ) : (
          // The placeholder Sev 2 / normal are no advice: say so instead of their rules' words.
          <WhyDisclosure
            topic={t('ui.why.topics.noGuidance')}
            reasons={reasonsFor(assessment.reasons, SEVERITY_FIELDS)}
            plain={[t('ui.why.noGuidance')]}
          />
        )}
        {assessment.flags.length > 0 && (
          <WhyDisclosure
            topic={t('ui.why.topics.flags')}
            reasons={reasonsFor(assessment.reasons, flagFields)}
          />
        )}
        {assessment.macros.length > 0 && (
          <WhyDisclosure
            topic={t('ui.why.topics.macros')}
            reasons={reasonsFor(
              assessment.reasons,
              assessment.macros.map((slug) => `macro:${slug}`),
            )}
          />
        )}
      </Stack>
    </Section>
  );
}
