// Issue 2's first sidebar: the ticket fields in one batched get, the iframe resize, and the
// states that must never leave the sidebar blank.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { App } from '../../src/ui/App';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';
import { FakeZendeskClient } from '../fakes/FakeZendeskClient';
import { renderApp } from './support/renderApp';
import { OUTAGE } from './support/sidebarTickets';

const panel = () => screen.getByTestId('triage-panel');

describe('first sidebar', () => {
  it('reads subject, requester and priority in one batched get and shows the priority in the verdict', async () => {
    const { fake } = renderApp({ state: OUTAGE });
    const verdict = await screen.findByTestId('priority-verdict');
    // The subject and requester are read for the engine; Zendesk shows them beside the app.
    expect(within(verdict).getByTestId('ticket-priority')).toHaveTextContent('Urgent');
    const ticketReads = fake.calls.get.filter((paths) => paths.includes('ticket.subject'));
    expect(ticketReads).toHaveLength(1);
    expect(ticketReads[0]).toEqual(
      expect.arrayContaining(['ticket.subject', 'ticket.requester', 'ticket.priority']),
    );
    expect(panel()).toHaveAttribute('data-state', 'ready');
  });

  it('resizes the iframe to its content', async () => {
    const { fake } = renderApp({ state: OUTAGE });
    await screen.findByTestId('assessment');
    await waitFor(() =>
      expect(fake.calls.invoke.some((call) => call.name === 'resize')).toBe(true),
    );
    const resize = fake.calls.invoke.find((call) => call.name === 'resize');
    expect(resize?.args[0]).toEqual({ width: '100%', height: expect.stringMatching(/^\d+px$/) });
  });

  it('shows a friendly message outside Zendesk', () => {
    render(<App connect={() => null} />);
    expect(panel()).toHaveAttribute('data-state', 'outside');
    expect(panel()).toHaveTextContent('Open this app inside Zendesk');
  });

  it('says so when Zendesk never answers the handshake', async () => {
    renderApp({ registers: false, timeoutMs: 50 });
    expect(panel()).toHaveAttribute('data-state', 'loading');
    expect(await screen.findByText(/Zendesk did not respond/)).toBeInTheDocument();
    expect(panel()).toHaveAttribute('data-state', 'error');
  });

  it('shows an error with "Try again" when the get fails, and recovers', async () => {
    const fake = new FakeZendeskClient({ state: OUTAGE });
    fake.getFailure = new Error('Invocation request timeout');
    render(<App connect={() => fake} timeoutMs={2_000} />);
    expect(await screen.findByText('Could not read this ticket')).toBeInTheDocument();
    expect(panel()).toHaveAttribute('data-state', 'error');
    expect(panel()).toHaveTextContent('Invocation request timeout');

    fake.getFailure = null;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('assessment')).toBeInTheDocument();
    expect(panel()).toHaveAttribute('data-state', 'ready');
  });

  it('shows a message instead of a blank panel when rendering crashes', () => {
    const Broken = () => {
      throw new Error('boom');
    };
    // React and jsdom report the caught error loudly; keep the test output readable.
    const originalError = console.error;
    const swallow = (event: ErrorEvent) => event.preventDefault();
    console.error = () => {};
    window.addEventListener('error', swallow);
    try {
      render(
        <ErrorBoundary fallback={(error) => <p>Crashed: {error.message}</p>}>
          <Broken />
        </ErrorBoundary>,
      );
    } finally {
      console.error = originalError;
      window.removeEventListener('error', swallow);
    }
    expect(screen.getByText('Crashed: boom')).toBeInTheDocument();
  });
});
