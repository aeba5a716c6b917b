// Agent edits in the host fire ticket.*.changed as Zendesk does; the app re-assesses. The priority
// check's one-click fix writes the ticket through client.set.
import { setUpPreview } from './support/setUpPreview';

const preview = setUpPreview();

async function waitForAttribute(name: string, predicate: (value: string) => boolean): Promise<string> {
  const element = preview.app().locator('[data-testid="assessment"]');
  await expect.poll(async () => predicate((await element.getAttribute(name)) ?? ''), { timeout: 10_000 }).toBe(true);
  return (await element.getAttribute(name)) ?? '';
}

describe('editing the ticket', () => {
  it('re-assesses when the subject changes', async () => {
    await preview.open(1009);
    expect((await preview.assessment()).owner).toBe('cs');

    await preview.page.evaluate(() => window.__zafHost!.setTicket({ subject: 'Employment verification for a former employee', description: '' }));
    await waitForAttribute('data-request-type', (value) => value === 'non_support');
    expect((await preview.assessment()).owner).toBe('other');
  });

  it('re-assesses when tags change, typed into the host form', async () => {
    await preview.open(1011);
    expect((await preview.assessment()).flags).not.toContain('presales');

    // Through the host's own form, as an agent would: a trial requester makes the CE first line.
    await preview.page.fill('#field-tags', 'trial');
    await preview.page.press('#field-tags', 'Enter');
    await preview.page.locator('#field-tags').blur();
    await waitForAttribute('data-flags', (value) => value.split(' ').includes('presales'));
    expect((await preview.assessment()).owner).toBe('ce');
    expect(await preview.page.evaluate(() => window.__zafHost!.getTicket().ticket.tags)).toEqual(['trial']);
  });

  it('re-checks the priority when the agent changes it', async () => {
    const app = await preview.open(1016);
    await expect.poll(() => app.getByTestId('priority-verdict').getAttribute('data-verdict')).toBe('above_guidance');
    await expect.poll(() => app.getByRole('button', { name: /^Set priority to /i }).count()).toBe(1);

    await preview.page.selectOption('#field-priority', 'low');
    await expect.poll(async () => (await preview.page.evaluate(() => window.__zafHost!.getTicket().ticket.priority))).toBe('low');
    await expect.poll(() => app.getByTestId('priority-verdict').getAttribute('data-verdict')).toBe('matches');
    await expect.poll(() => app.getByRole('button', { name: /^Set priority to /i }).count()).toBe(0);
  });

  it('sets the suggested priority on the host ticket in one click', async () => {
    const app = await preview.open(1017);
    expect((await preview.page.evaluate(() => window.__zafHost!.getTicket().ticket.priority))).toBe('low');

    await app.getByRole('button', { name: 'Set priority to High' }).click();

    await expect.poll(() => preview.page.evaluate(() => window.__zafHost!.getTicket().ticket.priority)).toBe('high');
    expect(await preview.page.evaluate(() => window.__zafHost!.counts['set'])).toBe(1);
    await expect.poll(() => preview.page.inputValue('#field-priority')).toBe('high');
  });
});
