import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
import type { Ticket } from '../../rules/types';
import { useTranslation } from '../i18n';
import { SkeletonBar, Subtle } from './styles';

const Subject = styled.h1`
  margin: 0 0 ${(p) => p.theme.space.xxs};
  font-size: ${(p) => p.theme.fontSizes.md};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
  line-height: ${(p) => p.theme.lineHeights.md};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.default' })};
  overflow-wrap: anywhere;
`;

const Facts = styled.dl`
  display: grid;
  grid-template-columns: auto 1fr;
  gap: 0 ${(p) => p.theme.space.xs};
  margin: 0 0 ${(p) => p.theme.space.xs};
  font-size: ${(p) => p.theme.fontSizes.sm};
  line-height: ${(p) => p.theme.lineHeights.sm};
  dt {
    color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;

/** The ticket as Zendesk gave it: subject, requester and current priority. Rendered as text only. */
export function TicketHeader({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const requester = ticket.requester.email ?? t('ui.ticket.unknown');
  const priority = ticket.priority ? t(`ui.priorities.${ticket.priority}`) : t('ui.ticket.noPriority');
  return (
    <header data-testid="ticket-header">
      <Subject>{ticket.subject.trim() || t('ui.ticket.noSubject')}</Subject>
      <Facts>
        <dt>{t('ui.ticket.requester')}</dt>
        <dd data-testid="ticket-requester">{requester}</dd>
        {ticket.organization?.name && (
          <>
            <dt>{t('ui.ticket.organization')}</dt>
            <dd>{ticket.organization.name}</dd>
          </>
        )}
        <dt>{t('ui.ticket.priority')}</dt>
        <dd data-testid="ticket-priority">{priority}</dd>
      </Facts>
    </header>
  );
}

export function TicketHeaderSkeleton() {
  return (
    <header aria-hidden="true">
      <SkeletonBar $width="80%" />
      <Subtle as="div">
        <SkeletonBar $width="60%" />
        <SkeletonBar $width="40%" />
      </Subtle>
    </header>
  );
}
