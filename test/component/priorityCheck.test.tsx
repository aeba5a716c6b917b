// The priority verdict, shown without a click: the four verdicts with the ticket's priority and the
// guidance, a reminder each, and the one-click set.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './support/renderApp';
import { BROKEN_NAVIGATION, URGENT_HOW_TO, howTo } from './support/sidebarTickets';

async function verdict() {
  await screen.findByTestId('assessment');
  return screen.getByTestId('priority-verdict');
}

describe('priority verdict', () => {
  it('says when the priority matches the guidance, with nothing to set', async () => {
    renderApp({ state: howTo('low') });
    const shown = await verdict();
    expect(shown).toHaveAttribute('data-verdict', 'matches');
    expect(shown).toHaveTextContent('Priority: Ticket is Low · guidance Low');
    expect(shown).toHaveTextContent('Matches the guidance.');
    expect(screen.queryByRole('button', { name: /^Set priority to/ })).toBeNull();
  });

  it('says when it is above guidance, with the reminders, and sets it in one click', async () => {
    const { fake } = renderApp({ state: URGENT_HOW_TO });
    const shown = await verdict();
    expect(shown).toHaveAttribute('data-verdict', 'above_guidance');
    expect(within(shown).getByTestId('ticket-priority')).toHaveTextContent('Urgent');
    expect(within(shown).getByTestId('guidance-priority')).toHaveTextContent('Low');
    expect(shown).toHaveTextContent('Ticket is Urgent · guidance Low');
    expect(shown).toHaveTextContent('Above the guidance');
    expect(shown).toHaveTextContent('frustration and deadlines do not change severity');
    expect(shown).toHaveTextContent('changes which SLA targets Zendesk applies');

    await userEvent.click(screen.getByRole('button', { name: 'Set priority to Low' }));
    expect(await screen.findByText('Priority set to Low.')).toBeInTheDocument();
    expect(fake.calls.set).toContainEqual({ 'ticket.priority': 'low' });
    // Zendesk announced the change; the re-assessed verdict follows it.
    await waitFor(() =>
      expect(screen.getByTestId('priority-verdict')).toHaveAttribute('data-verdict', 'matches'),
    );
    expect(screen.getByTestId('priority-verdict')).toHaveTextContent(
      'Ticket is Low · guidance Low',
    );
    expect(screen.queryByRole('button', { name: /^Set priority to/ })).toBeNull();
  });

  it('says when it is below guidance', async () => {
    const { fake } = renderApp({ state: BROKEN_NAVIGATION });
    const shown = await verdict();
    expect(shown).toHaveAttribute('data-verdict', 'below_guidance');
    expect(shown).toHaveTextContent('Ticket is Low · guidance High');
    expect(shown).toHaveTextContent(
      'Below the guidance: changing the priority changes which SLA targets Zendesk applies.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Set priority to High' }));
    expect(await screen.findByText('Priority set to High.')).toBeInTheDocument();
    expect(fake.calls.set).toContainEqual({ 'ticket.priority': 'high' });
  });

  it('says when the ticket has no priority yet', async () => {
    renderApp({ state: howTo(null) });
    const shown = await verdict();
    expect(shown).toHaveAttribute('data-verdict', 'unset');
    expect(shown).toHaveTextContent('Priority: none on the ticket · guidance Low');
    expect(shown).toHaveTextContent('Setting one decides which SLA targets Zendesk applies.');
    expect(screen.getByRole('button', { name: 'Set priority to Low' })).toBeInTheDocument();
  });

  it('says "an unexpected error" when Zendesk rejects with an object without words, never [object Object]', async () => {
    const { fake } = renderApp({ state: URGENT_HOW_TO });
    await verdict();
    fake.setFailure = { code: 17 } as unknown as Error;
    await userEvent.click(screen.getByRole('button', { name: 'Set priority to Low' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not set the priority: an unexpected error');
    expect(alert).not.toHaveTextContent('[object Object]');
  });

  it('shows a failed set and keeps the button usable', async () => {
    const { fake } = renderApp({ state: URGENT_HOW_TO });
    await verdict();
    fake.setFailure = new Error('Ticket is read-only');
    await userEvent.click(screen.getByRole('button', { name: 'Set priority to Low' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not set the priority: Ticket is read-only',
    );
    const button = screen.getByRole('button', { name: 'Set priority to Low' });
    expect(button).toBeEnabled();
    fake.setFailure = null;
    await userEvent.click(button);
    expect(await screen.findByText('Priority set to Low.')).toBeInTheDocument();
  });
});
