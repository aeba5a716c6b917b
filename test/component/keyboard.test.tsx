// Every action works from the keyboard: Tab reaches it, Enter and Space activate it.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { macroPages } from '../fakes/FakeZendeskClient';
import { renderApp, findAssessment } from './support/renderApp';
import { FEATURE_REQUEST } from './support/sidebarTickets';

async function tabTo(element: HTMLElement, user: ReturnType<typeof userEvent.setup>) {
  for (let i = 0; i < 40 && document.activeElement !== element; i++) await user.tab();
  expect(document.activeElement).toBe(element);
}

describe('keyboard', () => {
  it('sets the priority with Space', async () => {
    const user = userEvent.setup();
    renderApp({ state: { ...FEATURE_REQUEST, 'ticket.priority': 'urgent' } });
    await findAssessment();
    expect(screen.getByTestId('priority-verdict')).toHaveAttribute(
      'data-verdict',
      'above_guidance',
    );

    const setButton = screen.getByRole('button', { name: /^Set priority to/ });
    await tabTo(setButton, user);
    await user.keyboard(' ');
    expect(await screen.findByText(/^Priority set to/)).toBeInTheDocument();
  });

  it('opens a "Why" with Space and its admin details with Enter', async () => {
    const user = userEvent.setup();
    renderApp({ state: FEATURE_REQUEST });
    await findAssessment();
    const why = screen.getByRole('button', { name: 'Why this owner?' });
    await tabTo(why, user);
    await user.keyboard(' ');
    expect(why).toHaveAttribute('aria-expanded', 'true');
    const details = screen.getByRole('button', { name: 'Details for admins' });
    await tabTo(details, user);
    await user.keyboard('{Enter}');
    expect(details).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByTestId('why-details')).toHaveTextContent(/Rule owner\./);
  });

  it('inserts a macro from the keyboard', async () => {
    const user = userEvent.setup();
    const { fake } = renderApp({ state: FEATURE_REQUEST });
    fake.respond('/api/v2/macros', ...macroPages([[{ id: 31, title: 'Feature request' }]]));
    await findAssessment();
    await tabTo(screen.getByRole('button', { name: 'Insert Feature request' }), user);
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Macro applied')).toBeInTheDocument();
    expect(fake.calls.invoke).toContainEqual({ name: 'macro', args: [31] });
  });
});
