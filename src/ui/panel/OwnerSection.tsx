import type { Assessment, Rulebook } from '../../rules/types';
import { useTranslation } from '../i18n';
import { OwnerOverride } from './OwnerOverride';
import { Line, Section, SectionHeading, Subtle } from './styles';
import { WhyDisclosure, reasonsFor } from './WhyDisclosure';

/** The next step the matching owner rule gives (policy §1), else a generic one per owner. */
function nextStepOf(assessment: Assessment, rulebook: Rulebook): string | null {
  for (const reason of reasonsFor(assessment.reasons, 'owner')) {
    const rule = rulebook.owner.find((candidate) => candidate.id === reason.ruleId);
    if (rule?.nextStep) return rule.nextStep;
  }
  return null;
}

export function OwnerSection({ assessment, rulebook }: { assessment: Assessment; rulebook: Rulebook }) {
  const { t } = useTranslation();
  const heading = t('ui.sections.owner');
  const nextStep = nextStepOf(assessment, rulebook) ?? t(`ui.nextSteps.${assessment.owner}`);
  return (
    <Section aria-label={heading}>
      <SectionHeading>{heading}</SectionHeading>
      <Line data-testid="owner">{t(`ui.owners.${assessment.owner}`)}</Line>
      <Subtle data-testid="next-step">
        {t('ui.nextSteps.label')}: {nextStep}
      </Subtle>
      <WhyDisclosure label={heading} reasons={reasonsFor(assessment.reasons, 'owner')} />
      <OwnerOverride suggested={assessment.owner} />
    </Section>
  );
}
