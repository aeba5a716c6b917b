import { Tag } from '@zendeskgarden/react-tags';
import type { Assessment } from '../../rules/types';
import { useTranslation } from '../i18n';
import { Line, Row, Section, SectionHeading } from './styles';
import { WhyDisclosure, reasonsFor } from './WhyDisclosure';

const CONFIDENCE_HUE = { high: 'green', medium: 'yellow', low: 'grey' } as const;

export function RequestTypeSection({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const heading = t('ui.sections.requestType');
  return (
    <Section aria-label={heading}>
      <SectionHeading>{heading}</SectionHeading>
      <Row>
        <Line as="span" data-testid="request-type">
          {t(`ui.requestTypes.${assessment.requestType}`)}
        </Line>
        <Tag size="small" hue={CONFIDENCE_HUE[assessment.confidence]}>
          {t(`ui.confidence.${assessment.confidence}`)}
        </Tag>
      </Row>
      <WhyDisclosure label={heading} reasons={reasonsFor(assessment.reasons, 'requestType', 'confidence')} />
    </Section>
  );
}
