import type { Assessment } from '../../rules/types';
import { useTranslation } from '../i18n';
import { describeFlag, flagTone } from './describeFlag';
import { clipText, MAX_FLAGS_SHOWN, MAX_TITLE_CHARS } from './displayLimits';
import { MoreCount } from './MoreCount';
import { FlagList, FlagRow, Section, SectionHeading, Subtle } from '../look/primitives';

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
