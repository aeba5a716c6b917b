// "Check priority": the four verdicts in one sentence each, and the one-click set.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './support/renderApp';
import { BROKEN_NAVIGATION, URGENT_HOW_TO, howTo } from './support/sidebarTickets';

async function checkPriority() {
  await screen.findByTestId('assessment');
  await userEvent.click(screen.getByRole('button', { name: 'Check priority' }));
  return screen.getByTestId('priority-verdict');
}

describe('priority check', () => {
  it('says when the priority matches the guidance, with nothing to set', async () => {
    renderApp({ state: howTo('low') });
    expect(await checkPriority()).toHaveTextContent('The current priority (Low) matches the guidance.');
    expect(screen.queryByRole('button', { name: /^Set priority to/ })).toBeNull();
  });

  it('says when it is above guidance, with the reminders, and sets it in one click', async () => {
    const { fake } = renderApp({ state: URGENT_HOW_TO });
    const verdict = await checkPriority();
    expect(verdict).toHaveTextContent('The current priority (Urgent) is above the guidance (Low).');
    expect(verdict).toHaveTextContent('Frustration and deadlines do not change severity');
    expect(verdict).toHaveTextContent('changes which SLA targets Zendesk applies');

    await userEvent.click(screen.getByRole('button', { name: 'Set priority to Low' }));
    expect(fake.calls.set).toContainEqual({ 'ticket.priority': 'low' });
    expect(await screen.findByText('Priority set to Low.')).toBeInTheDocument();
    // Zendesk announced the change; the re-assessed verdict follows it.
    await waitFor(() =>
      expect(screen.getByTestId('priority-verdict')).toHaveTextContent('The current priority (Low) matches the guidance.'),
    );
  });

  it('says when it is below guidance', async () => {
    const { fake } = renderApp({ state: BROKEN_NAVIGATION });
    const verdict = await checkPriority();
    expect(verdict).toHaveTextContent('The current priority (Low) is below the guidance (High)');
    await userEvent.click(screen.getByRole('button', { name: 'Set priority to High' }));
    expect(fake.calls.set).toContainEqual({ 'ticket.priority': 'high' });
    expect(await screen.findByText('Priority set to High.')).toBeInTheDocument();
  });

  it('says when the ticket has no priority yet', async () => {
    renderApp({ state: howTo(null) });
    expect(await checkPriority()).toHaveTextContent('The ticket has no priority yet; the guidance is Low.');
    expect(screen.getByRole('button', { name: 'Set priority to Low' })).toBeInTheDocument();
  });

  it('says "an unexpected error" when Zendesk rejects with an object without words, never [object Object]', async () => {
    const { fake } = renderApp({ state: URGENT_HOW_TO });
    await checkPriority();
    fake.setFailure = { code: 17 } as unknown as Error;
    await userEvent.click(screen.getByRole('button', { name: 'Set priority to Low' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not set the priority: an unexpected error');
    expect(alert).not.toHaveTextContent('[object Object]');
  });

  it('shows a failed set and keeps the button usable', async () => {
    const { fake } = renderApp({ state: URGENT_HOW_TO });
    await checkPriority();
    fake.setFailure = new Error('Ticket is read-only');
    await userEvent.click(screen.getByRole('button', { name: 'Set priority to Low' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not set the priority: Ticket is read-only');
    const button = screen.getByRole('button', { name: 'Set priority to Low' });
    expect(button).toBeEnabled();
    fake.setFailure = null;
    await userEvent.click(button);
    expect(await screen.findByText('Priority set to Low.')).toBeInTheDocument();
  });
});
