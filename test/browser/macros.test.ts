// Insert on a suggested macro: applied through invoke('macro', id) when the account has it (ids
// found over the paginated macros API, through a 429), else typed into the composer.
import { FIXTURE_MACROS } from '../../preview/host/fixtureMacros';
import { setUpPreview } from './support/setUpPreview';

const preview = setUpPreview();

const LICENSING = FIXTURE_MACROS.find((macro) => macro.slug === 'ce-licensing-renewal')!;
const LICENSING_TITLE = LICENSING.title.replace(/^Triage::/, '');

function hostState() {
  return preview.page.evaluate(() => {
    const api = window.__zafHost!;
    const ticket = api.getTicket().ticket;
    return {
      counts: { ...api.counts },
      macroInvokes: api.log
        .filter((entry) => entry.kind === 'invoke:macro')
        .map((entry) => entry.data),
      composer: ticket.comment as { text: string; type: string },
      tags: ticket.tags as string[],
    };
  });
}

describe('inserting a suggested macro', () => {
  it('applies the account macro by its id', async () => {
    const app = await preview.open(1002);
    await app.getByRole('button', { name: `Insert ${LICENSING_TITLE}` }).click();

    await expect.poll(async () => (await hostState()).counts['invoke:macro'] ?? 0).toBe(1);
    const state = await hostState();
    expect(state.macroInvokes).toEqual([
      expect.objectContaining({ params: { macro: [LICENSING.id] } }),
    ]);
    expect(state.composer.text).toContain(LICENSING.body);
    expect(state.tags).toContain(`macro_${LICENSING.id}`);
    await expect
      .poll(() => preview.page.textContent('#composer'))
      .toContain('Your account team handles licensing');
  });

  it('falls back to the composer when the account lacks the macro', async () => {
    const app = await preview.open(1002, { faults: { missingMacros: ['ce-licensing-renewal'] } });
    await app.getByRole('button', { name: `Insert ${LICENSING_TITLE}` }).click();

    await expect.poll(async () => (await hostState()).composer.text).toContain(LICENSING.body);
    const state = await hostState();
    expect(state.counts['invoke:macro']).toBeUndefined();
    expect(state.counts['invoke:ticket.comment.appendText']).toBe(1);
    expect(state.composer.type).toBe('publicReply');
  });

  it('finds the macro across pages and after a 429 with Retry-After', async () => {
    // Without installed requirements (as under local zcli) the ids come from the macro titles. The
    // 429 is armed once the app has loaded, so it meets the macros list, not the requirements one.
    const app = await preview.open(1002, { faults: { noRequirements: true, macrosPageSize: 5 } });
    // The requests made right after the first paint (the customer's other tickets, the installed
    // requirements) go first.
    await expect
      .poll(async () => (await hostState()).counts['request:GET /api/v2/search.json'] ?? 0, {
        timeout: 10_000,
      })
      .toBe(1);
    await expect
      .poll(
        async () =>
          Object.keys((await hostState()).counts).some((kind) =>
            kind.startsWith('request:GET /api/v2/apps/installations/'),
          ),
        {
          timeout: 10_000,
        },
      )
      .toBe(true);
    await preview.page.evaluate(() =>
      window.__zafHost!.setFaults({ rateLimitNext: 1, retryAfterSeconds: 1 }),
    );
    await app.getByRole('button', { name: `Insert ${LICENSING_TITLE}` }).click();

    await expect
      .poll(async () => (await hostState()).counts['invoke:macro'] ?? 0, { timeout: 15_000 })
      .toBe(1);
    const state = await hostState();
    expect(state.macroInvokes).toEqual([
      expect.objectContaining({ params: { macro: [LICENSING.id] } }),
    ]);
    const pages = Math.ceil(FIXTURE_MACROS.length / 5);
    // One 429, then every page once: the catalog is cached, never polled.
    expect(state.counts['request:GET /api/v2/macros']).toBe(pages + 1);
  });

  it('fills slots from the engine and asks before inserting a public reply with a blank', async () => {
    // Sample 1021 (Docker Swarm): every slot of the unsupported-platform reply is known.
    let app = await preview.open(1021);
    const swarm = app.locator('li[data-macro="be-unsupported-platform"]');
    await expect
      .poll(() => swarm.getByTestId('macro-preview').textContent())
      .toContain("Docker Swarm isn't supported");
    await swarm.getByRole('button', { name: /^Insert / }).click();
    await expect
      .poll(async () => (await hostState()).composer.text)
      .toContain('The supported option is Docker Compose on a single host');
    expect((await hostState()).composer.text).not.toMatch(/\{\{|§|\[/);

    // Sample 1028 (a beta feature): the feature's name is the agent's to write.
    app = await preview.open(1028);
    const beta = app.locator('li[data-macro="beta-outside-sla"]');
    await beta.getByRole('button', { name: /^Insert / }).click();
    const question = beta.getByRole('alertdialog');
    await question.waitFor();
    expect(await question.textContent()).toContain('feature name');
    expect((await hostState()).counts['invoke:ticket.comment.appendText']).toBeUndefined();
    await preview.page.keyboard.press('Enter'); // the focused "Insert anyway"
    await expect
      .poll(async () => (await hostState()).composer.text)
      .toContain('[feature name] is currently in beta');
  });
});
