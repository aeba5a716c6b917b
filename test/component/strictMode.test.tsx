// Under StrictMode (development) effects run twice: the panel still reads the ticket once, from
// the start-up, and a change afterwards still re-reads.
import { act, render, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/ui/App';
import { startSession } from './support/startSession';
import { FakeZendeskClient } from '../fakes/FakeZendeskClient';
import { FEATURE_REQUEST, NOW, OUTAGE } from './support/sidebarTickets';

const ticketReads = (fake: FakeZendeskClient) =>
  fake.calls.get.filter((paths) => paths.includes('ticket.subject'));

describe('StrictMode', () => {
  it("reads the ticket once on load: the effect's second run does not read again", async () => {
    const fake = new FakeZendeskClient({ state: FEATURE_REQUEST });
    const start = startSession(fake, 2_000);
    await start.settled;
    render(
      <StrictMode>
        <App session={start} now={() => NOW} />
      </StrictMode>,
    );
    await screen.findByTestId('assessment');
    vi.useFakeTimers();
    await act(() => vi.advanceTimersByTimeAsync(100)); // no second read, even after a burst's window
    vi.useRealTimers();
    expect(ticketReads(fake)).toHaveLength(1);

    fake.setTicket({
      'ticket.subject': OUTAGE['ticket.subject'],
      'ticket.description': OUTAGE['ticket.description'],
    });
    fake.emit('ticket.subject.changed', OUTAGE['ticket.subject']);
    await waitFor(() =>
      expect(screen.getByTestId('assessment')).toHaveAttribute('data-request-type', 'incident'),
    );
    expect(ticketReads(fake)).toHaveLength(2);
  });
});
