import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
import type { Assessment } from '../../rules/types';
import { useTranslation } from '../i18n';
import { describeFlag, flagTone } from './describeFlag';
import { clipText, MAX_FLAGS_SHOWN, MAX_TITLE_CHARS } from './displayLimits';
import { MoreCount } from './MoreCount';
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

/**
 * The flags as compact rows, a sentence each; why they were raised is under "Why" below. The first
 * MAX_FLAGS_SHOWN of them: a rulebook may raise thousands.
 */
export function FlagsSection({ assessment }: { assessment: Assessment }) {
  const { t, has } = useTranslation();
  const heading = t('ui.sections.flags');
  const shown = assessment.flags.slice(0, MAX_FLAGS_SHOWN);
  return (
    <Section aria-label={heading}>
      <SectionHeading>{heading}</SectionHeading>
      {assessment.flags.length === 0 ? (
        <Subtle>{t('ui.flags.none')}</Subtle>
      ) : (
        <FlagList>
          {shown.map((flag) => (
            <FlagRow key={flag} data-flag={flag} data-tone={flagTone(flag)} $tone={flagTone(flag)}>
              {clipText(describeFlag(flag, t, has), MAX_TITLE_CHARS)}
            </FlagRow>
          ))}
        </FlagList>
      )}
      <MoreCount
        count={assessment.flags.length - shown.length}
        translationKey="ui.flags.more"
        testId="flags-more"
      />
    </Section>
  );
}
