// The conversation in the sidebar: `ticket.comments` comes in the same batched get, a customer's
// follow-up re-assesses the ticket live, and Zendesk's load burst repeating the comments costs no
// second read.
import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeZendeskClient } from '../fakes/FakeZendeskClient';
import { renderApp } from './support/renderApp';
import { GETTING_AN_ERROR } from './support/sidebarTickets';

const ticketReads = (fake: FakeZendeskClient) =>
  fake.calls.get.filter((paths) => paths.includes('ticket.subject')).length;

const opening = {
  id: 9001,
  value: '<p>Some search results are missing for a few users.</p>',
  author: { id: 501, role: 'end-user' },
  via: {},
};
const SOME_USERS = {
  ...GETTING_AN_ERROR,
  'ticket.subject': 'Search results are missing',
  'ticket.description':
    'Some search results are missing for a few users. We get an error in the logs.',
  'ticket.comments': [opening],
};

describe('the conversation in the sidebar', () => {
  it('reads ticket.comments in the one batched get', async () => {
    const { fake } = renderApp({ state: SOME_USERS });
    await screen.findByTestId('assessment');
    expect(fake.calls.get.find((paths) => paths.includes('ticket.subject'))).toContain(
      'ticket.comments',
    );
    expect(ticketReads(fake)).toBe(1);
  });

  it('a customer follow-up "now it is down for all users" raises severity live, with one read', async () => {
    const { fake } = renderApp({ state: SOME_USERS });
    const shown = await screen.findByTestId('assessment');
    expect(shown).toHaveAttribute('data-severity', '2');

    // Zendesk's load burst repeats the comments already read: nothing new, no read.
    act(() => fake.emit('ticket.comments.changed', [opening]));
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(ticketReads(fake)).toBe(1);

    const followUp = {
      id: 9002,
      value: '<p>Update: now it is down for all users.</p>',
      author: { id: 501, role: 'end-user' },
      via: {},
    };
    // Listed newest first: the reader orders comments by id.
    fake.setTicket({ 'ticket.comments': [followUp, opening] });
    act(() => fake.emit('ticket.comments.changed', [followUp, opening]));
    await waitFor(() =>
      expect(screen.getByTestId('assessment')).toHaveAttribute('data-severity', '0'),
    );
    expect(ticketReads(fake)).toBe(2);
  });

  it("an agent's reply or a note never raises it", async () => {
    const { fake } = renderApp({ state: SOME_USERS });
    await screen.findByTestId('assessment');
    const note = {
      id: 9003,
      value: 'If it were down for all users we would page.',
      author: { id: 7, role: 'agent' },
      via: {},
    };
    fake.setTicket({ 'ticket.comments': [opening, note] });
    act(() => fake.emit('ticket.comments.changed', [opening, note]));
    await waitFor(() => expect(ticketReads(fake)).toBe(2));
    expect(screen.getByTestId('assessment')).toHaveAttribute('data-severity', '2');
  });
});
