// The agent's actions load with their own chunk: a chunk that cannot be fetched fails the action
// with words for the agent (never an unhandled rejection), and the next call fetches it again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeZendeskClient } from '../../fakes/FakeZendeskClient';

const ACTIONS = '../../../src/zendesk/zendeskActions';

async function freshActions() {
  vi.resetModules();
  const lazy = await import('../../../src/zendesk/lazyZendeskActions');
  const lookups = await import('../../../src/zendesk/lazyLookups');
  const errors = await import('../../../src/zendesk/errors');
  return { ...lazy, ...lookups, ...errors };
}

describe('the agent actions chunk', () => {
  afterEach(() => vi.doUnmock(ACTIONS));

  it('runs the action once the chunk has loaded', async () => {
    const { setTicketPriority } = await freshActions();
    const client = new FakeZendeskClient();
    await setTicketPriority(client, 'high');
    expect(client.calls.set).toContainEqual({ 'ticket.priority': 'high' });
  });

  it('fails the action with translatable words when the chunk cannot be fetched, then retries it', async () => {
    vi.doMock(ACTIONS, () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const { setTicketPriority, wouldMakeDraftPublic, lazyRequirementsLookup, lazyMacroCatalog, ActionLoadError, userMessageOf } =
      await freshActions();
    const client = new FakeZendeskClient();

    const failure = await setTicketPriority(client, 'high').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ActionLoadError);
    expect(userMessageOf(failure)).toEqual({ key: 'ui.errors.actionUnavailable' });
    // The ones that never reject keep their word: unsure, nothing installed.
    const requirements = lazyRequirementsLookup(client, 1);
    const catalog = lazyMacroCatalog(client, requirements);
    expect(await wouldMakeDraftPublic(client, catalog, { title: 'x', visibility: 'public' })).toBe(false);
    expect(await requirements.requestTypeFieldId()).toBeNull();
    expect(client.calls.set).toEqual([]);

    vi.doUnmock(ACTIONS);
    await setTicketPriority(client, 'high');
    expect(client.calls.set).toContainEqual({ 'ticket.priority': 'high' });
  });
});
