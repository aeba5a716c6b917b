import { useTranslation } from '../i18n';
import { StatusLine } from './RefreshStatus';
import { TicketHeaderSkeleton } from './TicketHeader';
import { Section, SectionHeading, SkeletonBar, VisuallyHidden } from './styles';

const SECTIONS = ['requestType', 'owner', 'severity', 'flags', 'macros'] as const;

/** The panel's shape while the ticket loads: same headings, grey bars where values will be. */
export function PanelSkeleton() {
  const { t } = useTranslation();
  return (
    <div aria-busy="true">
      <VisuallyHidden role="status">{t('ui.panel.loading')}</VisuallyHidden>
      <StatusLine aria-hidden="true" />
      <TicketHeaderSkeleton />
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
