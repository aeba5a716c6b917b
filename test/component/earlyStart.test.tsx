// main.tsx starts talking to Zendesk before React loads and hands the start-up to <App start>.
// When it has settled by the first render, the panel shows the assessment at once, from the one
// ticket read the start-up made.
import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/ui/App';
import { startSession } from './support/startSession';
import { FakeZendeskClient } from '../fakes/FakeZendeskClient';
import { FEATURE_REQUEST, NOW, OUTAGE } from './support/sidebarTickets';

const ticketReads = (fake: FakeZendeskClient) =>
  fake.calls.get.filter((paths) => paths.includes('ticket.subject'));

describe('early start-up', () => {
  afterEach(() => vi.useRealTimers());

  it('renders the assessment on the first render once the start-up has settled, with one ticket read', async () => {
    const fake = new FakeZendeskClient({ state: OUTAGE });
    const start = startSession(fake, 2_000);
    expect(ticketReads(fake)).toHaveLength(0); // registration first
    await start.settled;
    expect(ticketReads(fake)).toHaveLength(1);

    render(<App session={start} now={() => NOW} />);
    expect(screen.getByTestId('triage-panel')).toHaveAttribute('data-state', 'ready');
    expect(screen.getByTestId('assessment')).toBeInTheDocument();
    vi.useFakeTimers();
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(ticketReads(fake)).toHaveLength(1);
  });

  it('asks for the locale only after registration (the SDK times a call from when it is sent), beside the one ticket read', async () => {
    const fake = new FakeZendeskClient({ state: OUTAGE });
    let register = () => undefined as void;
    const registered = new Promise<void>((resolve) => (register = resolve));
    const metadata = fake.metadata.bind(fake);
    fake.metadata = () => registered.then(metadata);
    vi.useFakeTimers();
    const start = startSession(fake, 2_000);
    await vi.advanceTimersByTimeAsync(20);
    expect(fake.calls.get.flat()).not.toContain('currentUser.locale');
    vi.useRealTimers();
    register();
    await start.settled;
    expect(fake.calls.get.flat()).toContain('currentUser.locale');
    expect(ticketReads(fake)).toHaveLength(1);
  });

  it('settles on the timeout state when a start-up step throws, never rejecting', async () => {
    const fake = new FakeZendeskClient({ state: OUTAGE });
    fake.on = () => {
      throw new Error('the host refused the subscription');
    };
    const start = startSession(fake, 2_000);
    await expect(start.settled).resolves.toEqual({ phase: 'timeout', seconds: 2 });
  });

  it('shows the skeleton while the start-up is under way, then the assessment', async () => {
    const fake = new FakeZendeskClient({ state: OUTAGE });
    render(<App session={startSession(fake, 2_000)} now={() => NOW} />);
    expect(screen.getByTestId('triage-panel')).toHaveAttribute('data-state', 'loading');
    expect(await screen.findByTestId('assessment')).toBeInTheDocument();
    expect(ticketReads(fake)).toHaveLength(1);
  });

  it('re-reads a change that Zendesk announced while the start-up read was out', async () => {
    const fake = new FakeZendeskClient({ state: OUTAGE });
    const start = startSession(fake, 2_000);
    await vi.waitFor(() => expect(ticketReads(fake)).toHaveLength(1));
    // The agent edits the subject after the start-up read went out and before the panel listens.
    fake.setTicket(FEATURE_REQUEST);
    fake.emit('ticket.subject.changed', FEATURE_REQUEST['ticket.subject']);
    await start.settled;
    render(<App session={start} now={() => NOW} />);
    // The panel shows the edited ticket's assessment (a feature request), not the outage's.
    await waitFor(() =>
      expect(screen.getByTestId('assessment')).toHaveAttribute(
        'data-request-type',
        'feature_request',
      ),
    );
    expect(ticketReads(fake)).toHaveLength(2);
  });

  it('keeps a read failure on screen while a change re-reads, then shows the assessment', async () => {
    // Replies take 30 ms, long enough for a skeleton to be committed if the panel showed one.
    class SlowClient extends FakeZendeskClient {
      override get(paths: string | string[]) {
        const reply = super.get(paths);
        reply.catch(() => undefined); // handled below, after the delay
        return new Promise<Awaited<typeof reply>>((resolve, reject) =>
          setTimeout(() => reply.then(resolve, reject), 30),
        );
      }
    }
    const fake = new SlowClient({ state: OUTAGE });
    fake.getFailure = new Error('Zendesk is unavailable');
    const start = startSession(fake, 2_000);
    await start.settled;
    render(<App session={start} now={() => NOW} />);
    const panel = screen.getByTestId('triage-panel');
    expect(panel).toHaveAttribute('data-state', 'error');

    // Zendesk announces a change; the re-read fails again: the message never gives way to a skeleton.
    const states: (string | null)[] = [];
    const observer = new MutationObserver(() => states.push(panel.getAttribute('data-state')));
    observer.observe(panel, { attributes: true, attributeFilter: ['data-state'] });
    const failedOnce = start.getSnapshot();
    act(() => fake.emit('ticket.subject.changed', 'still down'));
    await waitFor(() => expect(ticketReads(fake)).toHaveLength(2));
    await waitFor(() => expect(start.getSnapshot()).not.toBe(failedOnce)); // the re-read has failed
    expect(panel).toHaveAttribute('data-state', 'error');

    fake.getFailure = null;
    act(() => fake.emit('ticket.subject.changed', OUTAGE['ticket.subject']));
    expect(await screen.findByTestId('assessment')).toBeInTheDocument();
    observer.disconnect();
    expect(states).not.toContain('loading');
  });
});
