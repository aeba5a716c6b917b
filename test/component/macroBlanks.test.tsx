// Macros ready to send: the preview shows the text as it will be inserted, with the engine's facts
// in the slots; a public reply with a blank the engine cannot fill asks before inserting, and the
// question is answered from the keyboard.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './support/renderApp';
import { BETA_BATCH_CHANGES, DOCKER_SWARM } from './support/sidebarTickets';

const macroItem = (slug: string) =>
  document.querySelector<HTMLElement>(`li[data-macro="${slug}"]`)!;
const appended = (fake: ReturnType<typeof renderApp>['fake']) =>
  fake.calls.invoke
    .filter((call) => call.name === 'ticket.comment.appendText')
    .map((call) => String(call.args[0]));

describe('macro slots in the panel', () => {
  it('previews and inserts the filled text, with no slot syntax and without asking', async () => {
    const { fake } = renderApp({ state: DOCKER_SWARM });
    await screen.findByTestId('assessment');
    const item = macroItem('be-unsupported-platform');
    expect(within(item).getByTestId('macro-preview')).toHaveTextContent(
      "Docker Swarm isn't supported for running Sourcegraph in production",
    );
    expect(item.textContent).not.toMatch(/\{\{|§/);
    await userEvent.click(within(item).getByRole('button', { name: /^Insert / }));
    await within(item).findByText('Text added to the composer as a public reply');
    expect(appended(fake)).toEqual([
      expect.stringContaining('The supported option is Docker Compose on a single host'),
    ]);
    expect(fake.calls.invoke.some((call) => call.name === 'macro')).toBe(false);
  });

  it('asks before inserting a public reply with a blank; Escape cancels, Insert anyway inserts', async () => {
    const { fake } = renderApp({ state: BETA_BATCH_CHANGES });
    await screen.findByTestId('assessment');
    const item = macroItem('beta-outside-sla');
    expect(within(item).getByTestId('macro-blanks')).toHaveTextContent(
      'Still to fill in: feature name',
    );

    await userEvent.click(within(item).getByRole('button', { name: /^Insert / }));
    const question = within(item).getByRole('alertdialog');
    expect(question).toHaveTextContent('still has blanks');
    expect(within(question).getByRole('button', { name: 'Insert anyway' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(within(item).queryByRole('alertdialog')).toBeNull();
    expect(within(item).getByRole('button', { name: /^Insert / })).toHaveFocus();
    expect(appended(fake)).toEqual([]);

    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Enter}');
    await within(item).findByText('Text added to the composer as a public reply');
    expect(appended(fake)).toEqual([
      expect.stringMatching(/^\[feature name\] is currently in beta/),
    ]);
  });
});
