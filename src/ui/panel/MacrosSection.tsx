import type { Assessment, Rulebook } from '../../rules/types';
import { useTranslation } from '../i18n';
import { MAX_MACROS_SHOWN } from './displayLimits';
import { MacroItem } from './MacroItem';
import { MoreCount } from './MoreCount';
import { PlainList, Section, SectionHeading, Subtle } from '../look/primitives';
import { laterPart } from '../LaterPart';

// Not needed for the first paint: in the chunk fetched once the assessment is shown.
const OtherMacros = laterPart('OtherMacros');

export function MacrosSection({
  assessment,
  rulebook,
}: {
  assessment: Assessment;
  rulebook: Rulebook;
}) {
  const { t } = useTranslation();
  const heading = t('ui.sections.macros');
  const shown = assessment.macros.slice(0, MAX_MACROS_SHOWN);
  return (
    <Section aria-label={heading}>
      <SectionHeading>{heading}</SectionHeading>
      {assessment.macros.length === 0 ? (
        <Subtle>{t('ui.macros.none')}</Subtle>
      ) : (
        <PlainList>
          {shown.map((slug) => {
            const macro = rulebook.macroLibrary.find((candidate) => candidate.slug === slug);
            if (!macro) {
              return (
                <li key={slug}>
                  <Subtle>{t('ui.macros.unknown', { slug })}</Subtle>
                </li>
              );
            }
            return <MacroItem key={slug} macro={macro} />;
          })}
        </PlainList>
      )}
      <MoreCount
        count={assessment.macros.length - shown.length}
        translationKey="ui.macros.more"
        testId="macros-more"
      />
      <OtherMacros assessment={assessment} rulebook={rulebook} />
    </Section>
  );
}
