import { useTranslation } from '../i18n';
import { Section, SectionHeading, SkeletonBar, StatusLine, VisuallyHidden } from '../look/primitives';

const SECTIONS = ['flags', 'macros'] as const;

/** The panel's shape while the ticket loads: the summary's lines, then the same headings. */
export function PanelSkeleton() {
  const { t } = useTranslation();
  return (
    <div aria-busy="true">
      <VisuallyHidden role="status">{t('ui.panel.loading')}</VisuallyHidden>
      <StatusLine aria-hidden="true" />
      <Section aria-hidden="true" $first>
        <SkeletonBar $width="45%" />
        <SkeletonBar $width="70%" />
        <SkeletonBar $width="60%" />
        <SkeletonBar $width="80%" />
        <SkeletonBar $width="50%" />
      </Section>
      {SECTIONS.map((section) => (
        <Section key={section} aria-hidden="true">
          <SectionHeading as="div">{t(`ui.sections.${section}`)}</SectionHeading>
          <SkeletonBar $width="70%" />
          <SkeletonBar $width="45%" />
        </Section>
      ))}
    </div>
  );
}
