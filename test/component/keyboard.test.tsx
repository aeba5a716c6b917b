// Every action works from the keyboard: Tab reaches it, Enter and Space activate it.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { macroPages } from '../fakes/FakeZendeskClient';
import { renderApp } from './support/renderApp';
import { FEATURE_REQUEST } from './support/sidebarTickets';

async function tabTo(element: HTMLElement, user: ReturnType<typeof userEvent.setup>) {
  for (let i = 0; i < 40 && document.activeElement !== element; i++) await user.tab();
  expect(document.activeElement).toBe(element);
}

describe('keyboard', () => {
  it('checks the priority with Enter and opens "Why?" with Space', async () => {
    const user = userEvent.setup();
    renderApp({ state: { ...FEATURE_REQUEST, 'ticket.priority': 'urgent' } });
    await screen.findByTestId('assessment');

    await tabTo(screen.getByRole('button', { name: 'Check priority' }), user);
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('priority-verdict')).toHaveTextContent('is above the guidance');

    const setButton = screen.getByRole('button', { name: /^Set priority to/ });
    await tabTo(setButton, user);
    await user.keyboard(' ');
    expect(await screen.findByText(/^Priority set to/)).toBeInTheDocument();

    const why = screen.getAllByRole('button', { name: 'Why?' })[0]!;
    await tabTo(why, user);
    await user.keyboard(' ');
    expect(why).toHaveAttribute('aria-expanded', 'true');
  });

  it('inserts a macro from the keyboard', async () => {
    const user = userEvent.setup();
    const { fake } = renderApp({ state: FEATURE_REQUEST });
    fake.respond('/api/v2/macros/active', ...macroPages([[{ id: 31, title: 'Feature request' }]]));
    await screen.findByTestId('assessment');
    await tabTo(screen.getByRole('button', { name: 'Insert Feature request' }), user);
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Macro applied')).toBeInTheDocument();
    expect(fake.calls.invoke).toContainEqual({ name: 'macro', args: [31] });
  });
});
