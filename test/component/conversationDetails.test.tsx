// The conversation's times and visibility: after the assessment from the batched get is on
// screen, ONE request to the documented comments endpoint per set of comments; the engine then
// assesses again (a public agent reply sends the first response). A failure or a 429 keeps the
// assessment it had.
import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FakeZendeskClient } from '../fakes/FakeZendeskClient';
import { renderApp, findAssessment } from './support/renderApp';
import { GETTING_AN_ERROR } from './support/sidebarTickets';

const opening = {
  id: 9001,
  value: '<p>Search is broken for some users.</p>',
  author: { id: 501, role: 'end-user' },
  via: {},
};
const reply = {
  id: 9002,
  value: '<p>Thanks, we are looking into it.</p>',
  author: { id: 7, role: 'agent' },
  via: {},
};
const TICKET = { ...GETTING_AN_ERROR, 'ticket.comments': [opening] };

const commentRequests = (fake: FakeZendeskClient) =>
  fake.calls.request.filter((options) => options.url.includes('/comments'));

function restComments(publicReply: boolean) {
  return {
    comments: [
      {
        id: 9001,
        author_id: 501,
        public: true,
        body: 'Search is broken for some users.',
        created_at: '2026-11-20T09:00:00Z',
      },
      {
        id: 9002,
        author_id: 7,
        public: publicReply,
        body: 'Thanks, we are looking into it.',
        created_at: '2026-11-20T10:02:00Z',
      },
    ],
    users: [
      { id: 501, role: 'end-user' },
      { id: 7, role: 'agent' },
    ],
  };
}

async function addReply(fake: FakeZendeskClient) {
  fake.setTicket({ 'ticket.comments': [opening, reply] });
  act(() => fake.emit('ticket.comments.changed', [opening, reply]));
}

describe('the conversation details in the sidebar', () => {
  it('asks nothing on load when only the customer has written', async () => {
    const { fake } = renderApp({ state: TICKET });
    await findAssessment();
    await waitFor(() => expect(screen.getByTestId('related-tickets')).toBeInTheDocument());
    expect(commentRequests(fake)).toHaveLength(0);
  });

  it('a public agent reply flips the clock to "sent", with one comments request', async () => {
    const { fake } = renderApp({ state: TICKET });
    fake.respond('/api/v2/tickets/', { status: 200, body: restComments(true) });
    await findAssessment();
    expect(screen.getByTestId('first-response-clock')).not.toHaveAttribute('data-state', 'sent');

    await addReply(fake);
    await waitFor(() =>
      expect(screen.getByTestId('first-response-clock')).toHaveAttribute('data-state', 'sent'),
    );
    expect(screen.getByTestId('first-response-clock-text')).toHaveTextContent(
      /^First response sent Fri, Nov 20, 10:02$/,
    );
    const requests = commentRequests(fake);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.url).toMatch(/^\/api\/v2\/tickets\/\d+\/comments\.json\?include=users/);
    expect(requests[0]?.type).toBe('GET');
  });

  it('an internal note is not a first response', async () => {
    const { fake } = renderApp({ state: TICKET });
    fake.respond('/api/v2/tickets/', { status: 200, body: restComments(false) });
    await findAssessment();
    await addReply(fake);
    await waitFor(() => expect(commentRequests(fake)).toHaveLength(1));
    await act(async () => {});
    expect(screen.getByTestId('first-response-clock')).not.toHaveAttribute('data-state', 'sent');
  });

  it('a 429 keeps the assessment from the batched get, and asks no second time for the same comments', async () => {
    const { fake } = renderApp({ state: TICKET });
    fake.respond('/api/v2/tickets/', { status: 429, headers: { 'Retry-After': '30' } });
    const shown = await findAssessment();
    const severity = shown.getAttribute('data-severity');
    await addReply(fake);
    await waitFor(() => expect(commentRequests(fake)).toHaveLength(1));
    await act(async () => {});
    expect(screen.getByTestId('assessment')).toHaveAttribute('data-severity', severity ?? '');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // Zendesk repeats the same comments: no new request.
    act(() => fake.emit('ticket.comments.changed', [opening, reply]));
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(commentRequests(fake)).toHaveLength(1);
  });
});
