// Insert: through the account's macro (invoke('macro', id), ids resolved once from every page of
// active macros, surviving a 429), or as composer text when the account lacks it.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { macroPages } from '../fakes/FakeZendeskClient';
import { renderApp } from './support/renderApp';
import { FEATURE_REQUEST } from './support/sidebarTickets';

const MACROS = '/api/v2/macros';
/** Requests for the macro list only (the installation's requirements are asked for on load). */
const macroRequests = (fake: { calls: { request: { url: string }[] } }) =>
  fake.calls.request.filter((options) => options.url.startsWith(MACROS));

async function insertButton(title: string) {
  await screen.findByTestId('assessment');
  return screen.getByRole('button', { name: `Insert ${title}` });
}

describe('macro insertion', () => {
  it('applies the account macro found on the third page, loading the list once', async () => {
    const { fake } = renderApp({ state: FEATURE_REQUEST });
    fake.respond(
      MACROS,
      ...macroPages([
        [{ id: 1, title: 'Close and redirect' }],
        [{ id: 2, title: 'Downgrade and inform' }],
        [{ id: 77, title: 'Triage::Feature request' }],
      ]),
    );
    const button = await insertButton('Feature request');
    await userEvent.click(button);
    expect(await screen.findByText('Macro applied')).toBeInTheDocument();
    expect(fake.calls.invoke).toContainEqual({ name: 'macro', args: [77] });
    expect(macroRequests(fake)).toHaveLength(3);

    await userEvent.click(button);
    await waitFor(() =>
      expect(fake.calls.invoke.filter((c) => c.name === 'macro')).toHaveLength(2),
    );
    expect(macroRequests(fake)).toHaveLength(3);
  });

  it('falls back to the composer when the account has no such macro', async () => {
    const { fake } = renderApp({ state: FEATURE_REQUEST });
    fake.respond(MACROS, ...macroPages([[{ id: 5, title: 'Something else' }]]));
    await userEvent.click(await insertButton('Feature request'));
    expect(
      await screen.findByText('Text added to the composer as a public reply'),
    ).toBeInTheDocument();
    // The empty draft already is a public reply: nothing to switch.
    expect(fake.calls.set).toEqual([]);
    expect(fake.state['ticket.comment']).toMatchObject({ type: 'publicReply' });
    const append = fake.calls.invoke.find((call) => call.name === 'ticket.comment.appendText');
    expect(String(append?.args[0])).toMatch(/^Thank you for the suggestion/);
    expect(fake.calls.invoke.some((call) => call.name === 'macro')).toBe(false);
  });

  it('keeps an internal draft internal, says so, and switches to public only when the agent clicks', async () => {
    const { fake } = renderApp({ state: FEATURE_REQUEST });
    fake.respond(MACROS, ...macroPages([[{ id: 5, title: 'Something else' }]]));
    fake.state['ticket.comment'] = {
      text: 'Renewal call today, do not promise dates.',
      type: 'internalNote',
    };
    await userEvent.click(await insertButton('Feature request'));

    expect(
      await screen.findByText('Added to your internal note. Switch to Public reply to send it.'),
    ).toBeInTheDocument();
    expect(fake.calls.set).toEqual([]);
    expect(fake.state['ticket.comment']).toMatchObject({ type: 'internalNote' });
    expect(String((fake.state['ticket.comment'] as { text: string }).text)).toMatch(
      /^Renewal call today.*\n\nThank you for the suggestion/s,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Switch to Public reply' }));
    expect(await screen.findByText('The reply is now public.')).toBeInTheDocument();
    expect(fake.calls.set).toEqual([{ 'ticket.comment.type': 'publicReply' }]);
  });

  it("warns before the click when the account's public macro would make an internal draft public", async () => {
    const { fake } = renderApp({ state: FEATURE_REQUEST });
    fake.respond(MACROS, ...macroPages([[{ id: 88, title: 'Feature request' }]]));
    fake.state['ticket.comment'] = { text: 'Internal only.', type: 'internalNote' };
    await userEvent.hover(await insertButton('Feature request'));

    expect(
      await screen.findByText(
        "This macro switches the reply to public: your internal note's text would go to the customer with it.",
      ),
    ).toBeInTheDocument();
    expect(fake.calls.invoke.some((call) => call.name === 'macro')).toBe(false);
  });

  it('waits out a 429 and then applies the macro', async () => {
    const { fake } = renderApp({ state: FEATURE_REQUEST });
    fake.respond(
      MACROS,
      { status: 429, headers: { 'Retry-After': '0' }, body: { error: 'TooManyRequests' } },
      ...macroPages([[{ id: 88, title: 'Feature request' }]]),
    );
    await userEvent.click(await insertButton('Feature request'));
    expect(await screen.findByText('Macro applied')).toBeInTheDocument();
    expect(fake.calls.invoke).toContainEqual({ name: 'macro', args: [88] });
    expect(macroRequests(fake)).toHaveLength(2);
  });

  it('says how long to wait when Zendesk rate-limits for longer than a click can wait', async () => {
    const { fake } = renderApp({ state: FEATURE_REQUEST });
    fake.respond(MACROS, {
      status: 429,
      headers: { 'Retry-After': '45' },
      body: { error: 'TooManyRequests' },
    });
    await userEvent.click(await insertButton('Feature request'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not insert the macro: Zendesk is rate-limiting requests; try again in 45 seconds.',
    );
    expect(macroRequests(fake)).toHaveLength(1);
  });

  it('shows a failure and leaves Insert usable for another try', async () => {
    const { fake } = renderApp({ state: FEATURE_REQUEST });
    fake.respond(MACROS, ...macroPages([[{ id: 77, title: 'Feature request' }]]));
    fake.invokeFailures.macro = new Error('Macro not found');
    const button = await insertButton('Feature request');
    await userEvent.click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Could not insert the macro: .+/);
    expect(button).toBeEnabled();

    delete fake.invokeFailures.macro;
    await userEvent.click(button);
    expect(await screen.findByText('Macro applied')).toBeInTheDocument();
  });

  it('shows each macro with its title, a preview and its kind of comment', async () => {
    renderApp({ state: FEATURE_REQUEST });
    await insertButton('Feature request');
    const item = document.querySelector('[data-macro="ce-feature-request"]') as HTMLElement;
    expect(item).toHaveTextContent('Feature request');
    expect(item).toHaveTextContent(/Thank you for the suggestion/);
    expect(item).toHaveTextContent('Public reply');
  });
});
