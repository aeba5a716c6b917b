// Apply triage in the preview: the sample's assessment lands on the host's ticket as tags and the
// installed Request type field (from the installation's requirements), a priority the agent sets
// by hand adds the override tags, and re-applying swaps the stale ones.
import { FIXTURE_REQUEST_TYPE_FIELD_ID } from '../../preview/host/fixtureRequirements';
import { sample, setUpPreview } from './support/setUpPreview';

const preview = setUpPreview();

const hostTicket = () => preview.page.evaluate(() => window.__zafHost!.getTicket().ticket);
const hostTags = async () => (await hostTicket()).tags as string[];

describe('Apply triage', () => {
  it('writes the sample assessment onto the ticket, then records a priority override', async () => {
    const licensing = sample(1002);
    const app = await preview.open(licensing.id);
    const shown = await preview.assessment();
    expect(shown.owner).toBe(licensing.expected?.owner);

    await app.getByRole('button', { name: 'Apply triage' }).click();
    const expected = [`triage_owner_${shown.owner}`, `triage_sev_${shown.severity}`, `triage_type_${shown.requestType}`];
    await expect.poll(hostTags).toEqual(expect.arrayContaining(expected));
    await expect.poll(() => app.getByTestId('triage-applied').textContent()).toContain(`Triage tags applied: ${expected.join(', ')}`);
    const ticket = await hostTicket();
    expect(ticket[`customField:custom_field_${FIXTURE_REQUEST_TYPE_FIELD_ID}`]).toBe(`triage_type_${shown.requestType}`);
    expect((await hostTags()).filter((tag) => tag.startsWith('triage_override'))).toEqual([]);
    const requirementsAsked = await preview.page.evaluate(
      () => window.__zafHost!.log.filter((entry) => entry.kind.startsWith('request:GET /api/v2/apps/installations/')).length,
    );
    expect(requirementsAsked).toBe(1);

    // The agent picks another priority in Zendesk's own field, then applies again.
    const other = shown.priority === 'urgent' ? 'low' : 'urgent';
    await preview.page.evaluate((priority) => window.__zafHost!.setTicket({ priority }), other);
    await expect.poll(() => app.getByTestId('ticket-priority').textContent()).toBe(other === 'urgent' ? 'Urgent' : 'Low');
    await app.getByRole('button', { name: 'Apply triage' }).click();
    await expect.poll(hostTags).toEqual(expect.arrayContaining([...expected, 'triage_override', 'triage_override_priority']));
  });

  it('re-applying after the owner changes swaps the stale owner tag', async () => {
    const app = await preview.open(1002);
    await app.getByRole('button', { name: 'Apply triage' }).click();
    await expect.poll(hostTags).toContain('triage_owner_ce');

    await app.getByRole('combobox', { name: 'Owner:' }).selectOption('cs');
    await app.getByRole('button', { name: 'Apply triage' }).click();
    await expect.poll(hostTags).toEqual(expect.arrayContaining(['triage_owner_cs', 'triage_override', 'triage_override_owner']));
    expect(await hostTags()).not.toContain('triage_owner_ce');
  });
});
