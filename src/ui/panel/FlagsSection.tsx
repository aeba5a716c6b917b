import { Alert } from '@zendeskgarden/react-notifications';
import type { Assessment } from '../../rules/types';
import { useTranslation } from '../i18n';
import { describeFlag, flagTone } from './describeFlag';
import { PlainList, Section, SectionHeading, Subtle } from './styles';
import { WhyDisclosure, reasonsFor } from './WhyDisclosure';

export function FlagsSection({ assessment }: { assessment: Assessment }) {
  const { t, has } = useTranslation();
  const heading = t('ui.sections.flags');
  return (
    <Section aria-label={heading}>
      <SectionHeading>{heading}</SectionHeading>
      {assessment.flags.length === 0 ? (
        <Subtle>{t('ui.flags.none')}</Subtle>
      ) : (
        <PlainList>
          {assessment.flags.map((flag) => {
            const text = describeFlag(flag, t, has);
            return (
              <li key={flag} data-flag={flag}>
                <Alert type={flagTone(flag)} role="note">
                  <Alert.Paragraph>{text}</Alert.Paragraph>
                  <WhyDisclosure
                    label={text}
                    reasons={reasonsFor(
                      assessment.reasons,
                      `flag:${flag}`,
                      ...(flag.startsWith('best-effort:') ? ['bestEffort'] : []),
                    )}
                  />
                </Alert>
              </li>
            );
          })}
        </PlainList>
      )}
    </Section>
  );
}
