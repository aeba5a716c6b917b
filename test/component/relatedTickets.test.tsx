// The customer's other open tickets: one search after the assessment is on screen, at most one per
// ticket per session, a quiet line when it fails, none without an organization or requester, and
// a click opens the ticket through the documented routeTo action.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FakeZendeskClient } from '../fakes/FakeZendeskClient';
import { forgetOtherOpenTickets } from '../../src/zendesk/listOtherOpenTickets';
import { renderApp } from './support/renderApp';
import { GETTING_AN_ERROR } from './support/sidebarTickets';

const searches = (fake: FakeZendeskClient) =>
  fake.calls.request.filter((options) => options.url.startsWith('/api/v2/search'));

const result = (
  id: number,
  subject: string,
  description: string,
  createdAt: string,
  status = 'open',
) => ({
  id,
  subject,
  description,
  status,
  created_at: createdAt,
  priority: null,
  tags: [],
});

const RESULTS = {
  results: [
    result(
      2001,
      'How do I configure SAML groups?',
      'How can I map SAML groups to teams? Is there a setting for it?',
      '2026-11-25T10:00:00Z',
      'pending',
    ),
    result(
      2002,
      'Everything is down',
      'Production is down for all users since the upgrade, nobody can log in.',
      '2026-11-26T11:00:00Z',
    ),
    result(1032, 'this ticket', 'the open ticket itself', '2026-11-20T09:00:00Z'),
  ],
  count: 3,
};

beforeEach(() => forgetOtherOpenTickets());

describe("the customer's other open tickets", () => {
  it('lists them after the assessment, newest first, without the open ticket, with one search', async () => {
    const { fake } = renderApp({ state: GETTING_AN_ERROR });
    fake.respond('/api/v2/search', { status: 200, body: RESULTS });
    await screen.findByTestId('assessment');
    const items = await screen.findAllByTestId('related-ticket');
    expect(items.map((item) => item.getAttribute('data-id'))).toEqual(['2002', '2001']);
    expect(items[0]).toHaveTextContent(/Everything is down/);
    expect(items[0]).toHaveTextContent(/open · 1 h old · Incident/);
    expect(screen.getByTestId('related-urgent')).toHaveTextContent(
      /This customer has an open Sev 0 ticket: #2002 Everything is down/,
    );
    const [search] = searches(fake);
    expect(searches(fake)).toHaveLength(1);
    const query = new URL(search!.url, 'https://x.zendesk.com').searchParams;
    expect(query.get('query')).toBe('type:ticket status<solved organization:9001');
    expect(query.get('sort_by')).toBe('created_at');
    expect(query.get('sort_order')).toBe('desc');
  });

  it('marks one with the same request type as "same kind of request"', async () => {
    const { fake } = renderApp({ state: GETTING_AN_ERROR });
    // The same words as the open ticket: the engine gives it the same request type.
    fake.respond('/api/v2/search', {
      status: 200,
      body: {
        results: [
          result(
            2003,
            'Getting an error',
            'We are getting an error when we open the search page. Can you help?',
            '2026-11-25T10:00:00Z',
          ),
          result(
            2004,
            'Renew our license',
            'Please send a quote to renew our license for 200 seats.',
            '2026-11-24T10:00:00Z',
          ),
        ],
      },
    });
    await screen.findByTestId('assessment');
    const items = await screen.findAllByTestId('related-ticket');
    expect(items.map((item) => item.getAttribute('data-same-kind'))).toEqual(['true', 'false']);
    expect(items[0]).toHaveTextContent('same kind of request');
    expect(items[1]).not.toHaveTextContent('same kind of request');
  });

  it('opens a ticket with routeTo', async () => {
    const { fake } = renderApp({ state: GETTING_AN_ERROR });
    fake.respond('/api/v2/search', { status: 200, body: RESULTS });
    await screen.findByTestId('assessment');
    const [first] = await screen.findAllByTestId('related-ticket');
    await userEvent.click(within(first!).getByRole('button'));
    expect(fake.calls.invoke).toContainEqual({ name: 'routeTo', args: ['ticket', 2002] });
  });

  it('a failing search leaves one quiet line, never an error box', async () => {
    const { fake } = renderApp({ state: GETTING_AN_ERROR });
    fake.respond('/api/v2/search', { status: 429, headers: { 'Retry-After': '5' } });
    await screen.findByTestId('assessment');
    expect(await screen.findByTestId('related-tickets-failed')).toHaveTextContent(
      "The customer's other open tickets could not be loaded.",
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(searches(fake)).toHaveLength(1);
  });

  it('asks nothing when the ticket has neither organization nor requester', async () => {
    const { fake } = renderApp({
      state: { ...GETTING_AN_ERROR, 'ticket.organization': null, 'ticket.requester': null },
    });
    await screen.findByTestId('assessment');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('related-tickets')).not.toBeInTheDocument();
    expect(searches(fake)).toHaveLength(0);
  });

  it("asks by the requester's address when there is no organization", async () => {
    const { fake } = renderApp({ state: { ...GETTING_AN_ERROR, 'ticket.organization': null } });
    fake.respond('/api/v2/search', { status: 200, body: { results: [] } });
    await screen.findByTestId('assessment');
    await screen.findByText('No other open tickets from this customer.');
    const query = new URL(searches(fake)[0]!.url, 'https://x.zendesk.com').searchParams.get(
      'query',
    );
    expect(query).toMatch(/^type:ticket status<solved requester:\S+@\S+$/);
  });
});
