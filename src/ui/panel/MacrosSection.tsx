import type { Assessment, Rulebook } from '../../rules/types';
import { useTranslation } from '../i18n';
import { MacroItem } from './MacroItem';
import { OtherMacros } from './OtherMacros';
import { PlainList, Section, SectionHeading, Subtle } from './styles';

export function MacrosSection({ assessment, rulebook }: { assessment: Assessment; rulebook: Rulebook }) {
  const { t } = useTranslation();
  const heading = t('ui.sections.macros');
  return (
    <Section aria-label={heading}>
      <SectionHeading>{heading}</SectionHeading>
      {assessment.macros.length === 0 ? (
        <Subtle>{t('ui.macros.none')}</Subtle>
      ) : (
        <PlainList>
          {assessment.macros.map((slug) => {
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
      <OtherMacros assessment={assessment} rulebook={rulebook} />
    </Section>
  );
}
