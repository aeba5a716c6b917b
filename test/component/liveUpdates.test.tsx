// Re-assessment when Zendesk says the ticket changed: at most one get per burst, none when the
// burst only repeats what was read, and never two reads at once.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ZafGetResult } from '../../src/zendesk';
import { FakeZendeskClient } from '../fakes/FakeZendeskClient';
import { renderApp, renderWith } from './support/renderApp';
import {
  EMPLOYMENT_VERIFICATION,
  FEATURE_REQUEST,
  GETTING_AN_ERROR,
} from './support/sidebarTickets';

const ticketReads = (fake: FakeZendeskClient) =>
  fake.calls.get.filter((paths) => paths.includes('ticket.subject')).length;

describe('live updates', () => {
  afterEach(() => vi.useRealTimers());

  it('re-assesses after a tags change with a single get', async () => {
    const { fake } = renderApp({ state: GETTING_AN_ERROR });
    const shown = await screen.findByTestId('assessment');
    expect(shown).toHaveAttribute('data-owner', 'cs');
    const before = ticketReads(fake);

    // The agent turns the ticket into spam-like non-support mail and Zendesk fires its events.
    fake.setTicket({
      'ticket.subject': EMPLOYMENT_VERIFICATION['ticket.subject'],
      'ticket.description': EMPLOYMENT_VERIFICATION['ticket.description'],
      'ticket.tags': ['spam'],
    });
    act(() => {
      fake.emit('ticket.tags.changed', ['spam']);
      fake.emit('ticket.subject.changed', EMPLOYMENT_VERIFICATION['ticket.subject']);
      fake.emit('ticket.tags.changed', ['spam']);
    });

    await waitFor(() =>
      expect(screen.getByTestId('assessment')).toHaveAttribute('data-owner', 'other'),
    );
    expect(ticketReads(fake) - before).toBe(1);
  });

  it("costs no second get when Zendesk's load burst repeats what was read", async () => {
    const { fake } = renderApp({ state: GETTING_AN_ERROR });
    await screen.findByTestId('assessment');
    expect(ticketReads(fake)).toBe(1);

    // Zendesk fires every field's change event once after loading a ticket, with its value.
    vi.useFakeTimers();
    act(() => {
      fake.emit('ticket.subject.changed', GETTING_AN_ERROR['ticket.subject']);
      fake.emit('ticket.priority.changed', GETTING_AN_ERROR['ticket.priority']);
      fake.emit(
        'ticket.tags.changed',
        [...(GETTING_AN_ERROR['ticket.tags'] as string[])].reverse(),
      );
    });
    await act(() => vi.advanceTimersByTimeAsync(120)); // past the burst's coalescing window
    expect(ticketReads(fake)).toBe(1);
    vi.useRealTimers();

    // A real edit in the next burst is news: one read.
    act(() => fake.emit('ticket.subject.changed', 'Something else entirely'));
    await waitFor(() => expect(ticketReads(fake)).toBe(2));
  });

  it('compares a change that arrives during a read with that read, then reads once more', async () => {
    // A client whose ticket reads are answered by the test.
    const pending: { resolve: (value: ZafGetResult) => void; paths: string[] }[] = [];
    class ControlledClient extends FakeZendeskClient {
      override get(paths: string | string[]): Promise<ZafGetResult> {
        const list = Array.isArray(paths) ? paths : [paths];
        if (!list.includes('ticket.subject')) return super.get(paths);
        return new Promise((resolve) => pending.push({ resolve, paths: list }));
      }
      answer(index: number, state: Record<string, unknown>) {
        const saved = this.state;
        this.state = { ...saved, ...state };
        const entry = pending[index]!;
        void super.get(entry.paths).then((result) => {
          this.state = saved;
          entry.resolve(result);
        });
      }
    }
    const fake = new ControlledClient({ state: GETTING_AN_ERROR });
    renderWith(fake);
    await waitFor(() => expect(pending).toHaveLength(1));
    vi.useFakeTimers();
    act(() => fake.emit('ticket.subject.changed', FEATURE_REQUEST['ticket.subject']));
    // No second read while the first is in flight: it may already hold the change.
    await act(() => vi.advanceTimersByTimeAsync(120));
    expect(pending).toHaveLength(1);
    vi.useRealTimers();

    // The first read answers with the old subject, so the change is news: one more read.
    await act(async () => fake.answer(0, GETTING_AN_ERROR));
    await waitFor(() =>
      expect(screen.getByTestId('assessment')).toHaveAttribute('data-owner', 'cs'),
    );
    await waitFor(() => expect(pending).toHaveLength(2));
    await act(async () => fake.answer(1, FEATURE_REQUEST));
    await waitFor(() =>
      expect(screen.getByTestId('assessment')).toHaveAttribute('data-owner', 'ce'),
    );
    expect(pending).toHaveLength(2);
  });

  it('says "Updating…" while it re-reads, in a line that is always there', async () => {
    let answer: (() => void) | null = null;
    let ticketGets = 0;
    // The first ticket read answers at once; later ones wait for the test.
    class SlowClient extends FakeZendeskClient {
      override get(paths: string | string[]): Promise<ZafGetResult> {
        const list = Array.isArray(paths) ? paths : [paths];
        if (!list.includes('ticket.subject') || ticketGets++ === 0) return super.get(paths);
        return new Promise((resolve) => {
          answer = () => void super.get(paths).then(resolve);
        });
      }
    }
    const fake = new SlowClient({ state: GETTING_AN_ERROR });
    renderWith(fake);
    await screen.findByTestId('assessment');
    const status = screen.getByTestId('refresh-status');
    expect(status).toHaveTextContent('');

    fake.setTicket({ 'ticket.subject': 'Getting an error on the search page' });
    act(() => fake.emit('ticket.subject.changed', 'Getting an error on the search page'));
    await waitFor(() => expect(status).toHaveTextContent('Updating the assessment…'));
    expect(screen.getByTestId('assessment')).toBeInTheDocument();

    await act(async () => answer?.());
    await waitFor(() => expect(status).toHaveTextContent(''));
    expect(screen.getByTestId('refresh-status')).toBe(status);
  });

  it('after a failed re-read keeps the last assessment, says so, and tries again on request', async () => {
    const { fake } = renderApp({ state: GETTING_AN_ERROR });
    await screen.findByTestId('assessment');
    const before = ticketReads(fake);

    fake.getFailure = new Error('Timeout when invoking "get"');
    fake.setTicket({ 'ticket.subject': EMPLOYMENT_VERIFICATION['ticket.subject'] });
    act(() => fake.emit('ticket.subject.changed', EMPLOYMENT_VERIFICATION['ticket.subject']));
    const status = screen.getByTestId('refresh-status');
    await waitFor(() =>
      expect(status).toHaveTextContent('Could not refresh — showing the last assessment.'),
    );
    expect(screen.getByTestId('assessment')).toHaveAttribute('data-owner', 'cs');

    fake.getFailure = null;
    fake.setTicket({
      'ticket.description': EMPLOYMENT_VERIFICATION['ticket.description'],
      'ticket.tags': ['spam'],
    });
    await userEvent.click(within(status).getByRole('button', { name: 'Try again' }));
    await waitFor(() =>
      expect(screen.getByTestId('assessment')).toHaveAttribute('data-owner', 'other'),
    );
    expect(status).not.toHaveTextContent('Could not refresh');
    expect(ticketReads(fake) - before).toBe(2);
  });

  it('stops listening when the app unmounts', async () => {
    const { fake, unmount } = renderApp({ state: GETTING_AN_ERROR });
    await screen.findByTestId('assessment');
    expect(fake.subscriberCount('ticket.tags.changed')).toBe(1);
    unmount();
    expect(fake.subscriberCount('ticket.tags.changed')).toBe(0);
    expect(fake.subscriberCount('ticket.save')).toBe(0);
  });
});
