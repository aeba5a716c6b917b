// The customer's other open tickets, at the bottom of the panel and in a chunk of its own: loaded
// after the assessment is on screen, one search per ticket per session, never an error box (a
// failure is one quiet line). Clicking one opens it in the agent's workspace (`routeTo`).
import { useEffect, useMemo, useState } from 'react';
import styled from 'styled-components';
import { focusStyles, getColor } from '@zendeskgarden/react-theming';
import { Tag } from '@zendeskgarden/react-tags';
// Straight from the module, not the zendesk barrel: it belongs to this lazy chunk.
import {
  listOtherOpenTickets,
  openTicket,
  otherTicketsQuery,
  type OtherTicket,
} from '../../zendesk/listOtherOpenTickets';
import type { RequestType, Ticket } from '../../rules/types';
import { useTranslation } from '../i18n';
import { Line, Section, SectionHeading, Subtle } from '../look/primitives';
import { useZendesk } from '../ZendeskContext';
import { relatedTicketRows, urgentRow, type RelatedTicketRow } from './relatedTicketRows';

export interface RelatedTicketsProps {
  ticket: Pick<Ticket, 'id' | 'organization' | 'requester'>;
  /** The open ticket's request type, to mark "same kind of request". */
  requestType: RequestType;
  now?: () => Date;
}

type Listing =
  { status: 'loading' } | { status: 'failed' } | { status: 'ready'; tickets: OtherTicket[] };

const ItemButton = styled.button`
  display: block;
  width: 100%;
  padding: ${(p) => p.theme.space.xxs} 0;
  border: none;
  background: none;
  text-align: start;
  cursor: pointer;
  font: inherit;
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.primary' })};
  border-radius: ${(p) => p.theme.borderRadii.sm};
  overflow-wrap: anywhere;
  ${(p) => focusStyles({ theme: p.theme })}
`;

const List = styled.ul`
  margin: 0;
  padding: 0;
  list-style: none;
`;

const systemNow = () => new Date();
const LOADING: Listing = { status: 'loading' };

export default function RelatedTickets({
  ticket,
  requestType,
  now = systemNow,
}: RelatedTicketsProps) {
  const { t } = useTranslation();
  const { client, rulebook, settings } = useZendesk();
  // The answer for one ticket id: another ticket's answer reads as still loading.
  const [answer, setAnswer] = useState<{ forId: number | null; listing: Listing } | null>(null);
  const { id, organization, requester } = ticket;
  const organizationId = organization?.id ?? null;
  const email = requester.email;

  useEffect(() => {
    const request = listOtherOpenTickets(client, {
      ticketId: id,
      organizationId,
      requesterEmail: email,
    });
    if (!request) return;
    request.then(
      (tickets) => setAnswer({ forId: id, listing: { status: 'ready', tickets } }),
      () => setAnswer({ forId: id, listing: { status: 'failed' } }),
    );
  }, [client, id, organizationId, email]);
  const listing: Listing = answer && answer.forId === id ? answer.listing : LOADING;

  const rows = useMemo(
    () =>
      listing.status === 'ready'
        ? relatedTicketRows(listing.tickets, requestType, rulebook, settings.config, now())
        : [],
    [listing, requestType, rulebook, settings.config, now],
  );

  // No organization and no requester: nothing to ask, nothing to show.
  if (otherTicketsQuery({ organizationId, requesterEmail: email }) === null) return null;
  const heading = t('ui.related.heading');
  return (
    <Section aria-label={heading} data-testid="related-tickets" data-status={listing.status}>
      <SectionHeading>{heading}</SectionHeading>
      {listing.status === 'loading' && <Subtle>{t('ui.related.loading')}</Subtle>}
      {listing.status === 'failed' && (
        <Subtle data-testid="related-tickets-failed">{t('ui.related.failed')}</Subtle>
      )}
      {listing.status === 'ready' && rows.length === 0 && <Subtle>{t('ui.related.none')}</Subtle>}
      {rows.length > 0 && (
        <>
          <UrgentLine row={urgentRow(rows)} />
          <List>
            {rows.map((row) => (
              <li
                key={row.id}
                data-testid="related-ticket"
                data-id={row.id}
                data-same-kind={String(row.sameKind)}
              >
                <ItemButton
                  type="button"
                  aria-label={t('ui.related.open', {
                    id: row.id,
                    subject: row.subject || t('ui.ticket.noSubject'),
                  })}
                  onClick={() => void openTicket(client, row.id).catch(() => undefined)}
                >
                  {row.subject || t('ui.ticket.noSubject')}
                </ItemButton>
                <Subtle as="div">
                  {t('ui.related.item', {
                    id: row.id,
                    status: t(`ui.related.statuses.${row.status}`),
                    age: age(row, now(), t),
                    requestType: t(`ui.requestTypes.${row.requestType}`),
                  })}
                  {row.sameKind && (
                    <>
                      {' '}
                      <Tag size="small" hue="blue">
                        {t('ui.related.sameKind')}
                      </Tag>
                    </>
                  )}
                </Subtle>
              </li>
            ))}
          </List>
        </>
      )}
    </Section>
  );
}

function UrgentLine({ row }: { row: RelatedTicketRow | null }) {
  const { t } = useTranslation();
  if (!row) return null;
  return (
    <Line data-testid="related-urgent">
      <strong>
        {t('ui.related.urgent', { severity: row.severity, id: row.id, subject: row.subject })}
      </strong>
    </Line>
  );
}

function age(row: RelatedTicketRow, now: Date, t: ReturnType<typeof useTranslation>['t']): string {
  const created = row.createdAt ? Date.parse(row.createdAt) : NaN;
  if (!Number.isFinite(created)) return '';
  const minutes = Math.max(0, Math.floor((now.getTime() - created) / 60_000));
  if (minutes < 60) return t('ui.related.age.minutes', { count: minutes });
  if (minutes < 1440) return t('ui.related.age.hours', { count: Math.floor(minutes / 60) });
  return t('ui.related.age.days', { count: Math.floor(minutes / 1440) });
}
