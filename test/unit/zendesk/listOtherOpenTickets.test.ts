import { beforeEach, describe, expect, it } from 'vitest';
import { FakeZendeskClient } from '../../fakes/FakeZendeskClient';
import {
  forgetOtherOpenTickets,
  listOtherOpenTickets,
  otherTicketsQuery,
  otherTicketsUrl,
} from '../../../src/zendesk/listOtherOpenTickets';

beforeEach(() => forgetOtherOpenTickets());

const customer = { ticketId: 7, organizationId: 42, requesterEmail: 'a@b.example' };

describe('the search for the customer’s other open tickets', () => {
  it("asks for the organization's unsolved tickets, else the requester's, else nothing", () => {
    expect(otherTicketsQuery(customer)).toBe('type:ticket status<solved organization:42');
    expect(otherTicketsQuery({ organizationId: null, requesterEmail: 'a+b@c.example' })).toBe(
      'type:ticket status<solved requester:a+b@c.example',
    );
    expect(otherTicketsQuery({ organizationId: null, requesterEmail: 'not an address' })).toBeNull();
    expect(otherTicketsQuery({ organizationId: null, requesterEmail: null })).toBeNull();
  });

  it('is the documented search endpoint, newest first, URL-encoded', () => {
    const url = new URL(otherTicketsUrl('type:ticket status<solved requester:a+b@c.example'), 'https://x.zendesk.com');
    expect(url.pathname).toBe('/api/v2/search.json');
    expect(url.searchParams.get('query')).toBe('type:ticket status<solved requester:a+b@c.example');
    expect(url.searchParams.get('sort_by')).toBe('created_at');
    expect(url.searchParams.get('sort_order')).toBe('desc');
  });

  it('keeps five unsolved tickets other than the open one, newest first, and asks once per ticket', async () => {
    const fake = new FakeZendeskClient();
    const results = [7, 1, 2, 3, 4, 5, 6].map((id) => ({
      id,
      subject: `t${id}`,
      status: id === 3 ? 'solved' : 'open',
      created_at: `2026-11-0${id}T00:00:00Z`,
    }));
    fake.respond('/api/v2/search', { status: 200, body: { results } });
    const listed = await listOtherOpenTickets(fake, customer);
    expect(listed?.map((ticket) => ticket.id)).toEqual([6, 5, 4, 2, 1]);
    await listOtherOpenTickets(fake, customer);
    expect(fake.calls.request).toHaveLength(1);
  });

  it('remembers a failure too: one request per ticket per session', async () => {
    const fake = new FakeZendeskClient();
    fake.respond('/api/v2/search', { status: 500 });
    await expect(listOtherOpenTickets(fake, customer)).rejects.toBeDefined();
    await expect(listOtherOpenTickets(fake, customer)).rejects.toBeDefined();
    expect(fake.calls.request).toHaveLength(1);
  });

  it('makes no request for a ticket without a customer or id', () => {
    const fake = new FakeZendeskClient();
    expect(listOtherOpenTickets(fake, { ticketId: 7, organizationId: null, requesterEmail: null })).toBeNull();
    expect(listOtherOpenTickets(fake, { ...customer, ticketId: null })).toBeNull();
    expect(fake.calls.request).toHaveLength(0);
  });
});
