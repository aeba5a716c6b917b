import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
import type { Assessment } from '../../rules/types';
import { useTranslation } from '../i18n';
import { describeFlag, flagTone } from './describeFlag';
import { Section, SectionHeading, Subtle } from './styles';

const TONE_VARIABLE = {
  error: 'border.dangerEmphasis',
  warning: 'border.warningEmphasis',
  info: 'border.primaryEmphasis',
} as const;

const FlagList = styled.ul`
  margin: 0;
  padding: 0;
  list-style: none;
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.xxs};
`;

/** One flag, one sentence: a coloured rule on the left instead of a padded alert box. */
const FlagRow = styled.li<{ $tone: keyof typeof TONE_VARIABLE }>`
  padding-left: ${(p) => p.theme.space.xs};
  border-left: 3px solid ${(p) => getColor({ theme: p.theme, variable: TONE_VARIABLE[p.$tone] })};
  font-size: ${(p) => p.theme.fontSizes.sm};
  line-height: ${(p) => p.theme.lineHeights.sm};
  overflow-wrap: anywhere;
`;

/** The flags as compact rows, a sentence each; why they were raised is under "Why" below. */
export function FlagsSection({ assessment }: { assessment: Assessment }) {
  const { t, has } = useTranslation();
  const heading = t('ui.sections.flags');
  return (
    <Section aria-label={heading}>
      <SectionHeading>{heading}</SectionHeading>
      {assessment.flags.length === 0 ? (
        <Subtle>{t('ui.flags.none')}</Subtle>
      ) : (
        <FlagList>
          {assessment.flags.map((flag) => (
            <FlagRow key={flag} data-flag={flag} data-tone={flagTone(flag)} $tone={flagTone(flag)}>
              {describeFlag(flag, t, has)}
            </FlagRow>
          ))}
        </FlagList>
      )}
    </Section>
  );
}
