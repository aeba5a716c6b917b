// Block mode with an agent override: the panel offers "Save anyway" with a short reason; the next
// save with that priority goes through and the ticket carries triage_override_save (and, if the
// admin enabled it, the reason as an internal note).
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, findAssessment } from './support/renderApp';
import { URGENT_HOW_TO, howTo } from './support/sidebarTickets';

async function ready(settings: Record<string, unknown>, state = URGENT_HOW_TO) {
  const rendered = renderApp({ state, settings: { saveCheckMode: 'block', ...settings } });
  await findAssessment();
  return rendered.fake;
}

// Several renders and user events per test: more than the default 5 s on a loaded machine.
describe('Save anyway', { timeout: 30_000 }, () => {
  it('needs a reason, then tags the ticket and lets the save through', async () => {
    const fake = await ready({});
    const box = screen.getByTestId('save-anyway');
    await userEvent.click(within(box).getByRole('button', { name: 'Save anyway…' }));
    const reason = within(box).getByRole('textbox', { name: /higher priority/ });
    expect(reason).toHaveFocus();
    await userEvent.click(within(box).getByRole('button', { name: 'Allow this save' }));
    expect(within(box).getByRole('alert')).toHaveTextContent('Give a short reason first.');
    expect(fake.calls.invoke.some((call) => call.name === 'ticket.tags.add')).toBe(false);

    await userEvent.type(reason, 'None of our developers can log in{Enter}');
    await within(box).findByTestId('save-anyway-allowed', {}, { timeout: 5_000 });
    expect(fake.calls.invoke).toContainEqual({
      name: 'ticket.tags.add',
      args: [['triage_override_save']],
    });
    expect(
      fake.calls.request.some((request) =>
        String((request as { url?: string }).url).includes('/api/v2/tickets/'),
      ),
    ).toBe(false);
    expect(await fake.triggerSave()).toEqual({ allowed: true });
  });

  it('adds the reason as an internal note when the admin enabled it', async () => {
    const fake = await ready({ saveOverrideNote: true });
    fake.respond('/api/v2/tickets/1016.json', { status: 200, body: { ticket: { id: 1016 } } });
    const box = screen.getByTestId('save-anyway');
    await userEvent.click(within(box).getByRole('button', { name: 'Save anyway…' }));
    await userEvent.type(
      within(box).getByRole('textbox'),
      'Contract says Urgent for this customer{Enter}',
    );
    await within(box).findByText(
      'The reason was added as an internal note.',
      {},
      { timeout: 5_000 },
    );
    const note = fake.calls.request.find(
      (request) => String((request as { url?: string }).url) === '/api/v2/tickets/1016.json',
    ) as { data: string };
    expect(JSON.parse(note.data).ticket.comment).toEqual({
      body: 'Saved with priority Urgent above the guidance (Low). Reason: Contract says Urgent for this customer',
      public: false,
    });
  });

  it('is not offered in warn mode', async () => {
    await ready({ saveCheckMode: 'warn' });
    expect(screen.queryByTestId('save-anyway')).toBeNull();
  });

  it('is not offered in block mode when the priority follows the guidance', async () => {
    await ready({}, howTo('low'));
    expect(screen.queryByTestId('save-anyway')).toBeNull();
  });
});
