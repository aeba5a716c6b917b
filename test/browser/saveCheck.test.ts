// The ticket.save hook per the saveCheckMode setting: warn notifies and lets the save through,
// block stops a save whose priority is above guidance, and the app never blocks when it could not
// assess the ticket (an internal problem must not hold an agent's work hostage).
import { setUpPreview } from './support/setUpPreview';

const preview = setUpPreview();

// Sample 1016: priority "urgent" on a how-to question (guidance: low) → above guidance.
const ABOVE_GUIDANCE = 1016;

function save() {
  return preview.page.evaluate(() => window.__zafHost!.save());
}

describe('the save check', () => {
  it('warns and allows in warn mode', async () => {
    await preview.open(ABOVE_GUIDANCE, { settings: { saveCheckMode: 'warn' } });
    const outcome = await save();

    expect(outcome.allowed).toBe(true);
    const toasts = await preview.page.evaluate(() => window.__zafHost!.toasts);
    expect(toasts.length).toBeGreaterThan(0);
    await expect.poll(() => preview.page.textContent('#save-outcome')).toContain('Saved');
  });

  it('blocks with a message in block mode', async () => {
    await preview.open(ABOVE_GUIDANCE, { settings: { saveCheckMode: 'block' } });
    const outcome = await save();

    expect(outcome.allowed).toBe(false);
    expect(typeof outcome.message).toBe('string');
    expect(String(outcome.message).length).toBeGreaterThan(10);
    await expect.poll(() => preview.page.textContent('#save-outcome')).toContain('Blocked by the app');
  });

  it('allows in block mode once the priority matches the guidance', async () => {
    const app = await preview.open(ABOVE_GUIDANCE, { settings: { saveCheckMode: 'block' } });
    await app.getByRole('button', { name: /^Set priority to /i }).click();
    await expect.poll(() => preview.page.evaluate(() => window.__zafHost!.getTicket().ticket.priority)).toBe('low');

    await expect.poll(async () => (await save()).allowed, { timeout: 10_000 }).toBe(true);
  });

  it('stays silent in off mode', async () => {
    await preview.open(ABOVE_GUIDANCE, { settings: { saveCheckMode: 'off' } });
    const outcome = await save();

    expect(outcome.allowed).toBe(true);
    expect(await preview.page.evaluate(() => window.__zafHost!.toasts.length)).toBe(0);
  });

  it('never blocks when the app could not read the ticket', async () => {
    const app = await preview.open(ABOVE_GUIDANCE, { settings: { saveCheckMode: 'block' }, faults: { getFails: true }, waitForReady: false });
    await app.getByText('Could not read this ticket').waitFor();

    expect((await save()).allowed).toBe(true);
  });

  it('never blocks when its warning cannot be shown', async () => {
    await preview.open(ABOVE_GUIDANCE, { settings: { saveCheckMode: 'warn' }, faults: { invokeErrors: { notify: 'notifications are unavailable' } } });

    expect((await save()).allowed).toBe(true);
  });

  it("block mode's Save anyway saves and tags", async () => {
    const app = await preview.open(ABOVE_GUIDANCE, { settings: { saveCheckMode: 'block' } });
    expect((await save()).allowed).toBe(false);

    await app.getByRole('button', { name: 'Save anyway…' }).click();
    await app.getByRole('textbox', { name: /higher priority/ }).fill('None of our developers can log in');
    await app.getByRole('button', { name: 'Allow this save' }).click();
    await app.getByTestId('save-anyway-allowed').waitFor();

    const outcome = await save();
    expect(outcome.allowed).toBe(true);
    await expect.poll(() => preview.page.textContent('#save-outcome')).toContain('Saved');
    const ticket = await preview.page.evaluate(() => window.__zafHost!.getTicket().ticket);
    expect(ticket.tags).toContain('triage_override_save');
    expect(ticket.priority).toBe('urgent');
  });
});
