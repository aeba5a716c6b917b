import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerSaveCheck, type SaveCheckState, type Translate } from '../../../src/zendesk/registerSaveCheck';
import { FakeZendeskClient } from '../../fakes/FakeZendeskClient';

// A translator that shows which key and values were used.
const t: Translate = (key, vars) =>
  vars ? `${key}(${Object.entries(vars).map(([name, value]) => `${name}=${value}`).join(',')})` : key;

const BLOCKED = 'ui.saveCheck.blocked(current=ui.priorities.urgent,suggested=ui.priorities.normal)';
const WARNED = 'ui.saveCheck.aboveGuidance(current=ui.priorities.urgent,suggested=ui.priorities.normal)';

function setUp(state: Partial<SaveCheckState>, ticketPriority: string = 'urgent') {
  const client = new FakeZendeskClient({ state: { 'ticket.priority': ticketPriority } });
  const full: SaveCheckState = { mode: 'warn', suggested: 'normal', current: 'normal', ...state };
  const unregister = registerSaveCheck(client, () => full, t);
  const notifications = () => client.calls.invoke.filter((call) => call.name === 'notify');
  return { client, unregister, notifications };
}

describe('registerSaveCheck', () => {
  afterEach(() => vi.useRealTimers());

  it('off: allows without reading or notifying', async () => {
    const { client, notifications } = setUp({ mode: 'off' });
    expect(await client.triggerSave()).toEqual({ allowed: true });
    expect(notifications()).toEqual([]);
  });

  it('warn + above guidance: notifies and allows', async () => {
    const { client, notifications } = setUp({ mode: 'warn' });
    expect(await client.triggerSave()).toEqual({ allowed: true });
    expect(notifications()).toEqual([{ name: 'notify', args: [WARNED, 'alert'] }]);
  });

  it('block + above guidance: rejects the save with the message', async () => {
    const { client, notifications } = setUp({ mode: 'block' });
    expect(await client.triggerSave()).toEqual({ allowed: false, message: BLOCKED });
    expect(notifications()).toEqual([]);
  });

  it('block + matching priority: allows', async () => {
    const { client } = setUp({ mode: 'block' }, 'normal');
    expect(await client.triggerSave()).toEqual({ allowed: true });
  });

  it('block + below guidance or unset: allows (only "above" is stopped)', async () => {
    expect(await setUp({ mode: 'block' }, 'low').client.triggerSave()).toEqual({ allowed: true });
    expect(await setUp({ mode: 'block' }, '-').client.triggerSave()).toEqual({ allowed: true });
  });

  it('reads the priority at save time, not the one last assessed', async () => {
    // Assessed while normal; the agent then raised it to urgent and saved at once.
    const { client } = setUp({ mode: 'block', current: 'normal' }, 'urgent');
    expect(await client.triggerSave()).toMatchObject({ allowed: false });
  });

  it('allows when there is no assessment yet', async () => {
    const { client } = setUp({ mode: 'block', suggested: null });
    expect(await client.triggerSave()).toEqual({ allowed: true });
  });

  it('fails open: an error in getState allows the save', async () => {
    const client = new FakeZendeskClient({ state: { 'ticket.priority': 'urgent' } });
    registerSaveCheck(client, () => {
      throw new Error('state is broken');
    }, t);
    expect(await client.triggerSave()).toEqual({ allowed: true });
  });

  it('fails open: a translator that throws allows the save', async () => {
    const client = new FakeZendeskClient({ state: { 'ticket.priority': 'urgent' } });
    registerSaveCheck(client, () => ({ mode: 'block', suggested: 'normal' }), () => {
      throw new Error('no dictionary');
    });
    expect(await client.triggerSave()).toEqual({ allowed: true });
  });

  it('answers within 1 s, allowing, when Zendesk never answers the priority read', async () => {
    vi.useFakeTimers();
    const client = new FakeZendeskClient();
    client.get = () => new Promise(() => {}); // the priority read never answers
    registerSaveCheck(client, () => ({ mode: 'block', suggested: 'normal', current: null }), t);

    let outcome: unknown = 'pending';
    void client.triggerSave().then((value) => (outcome = value));
    await vi.advanceTimersByTimeAsync(999);
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome).toEqual({ allowed: true });
  });

  it('uses the last known priority when the fresh read is slow', async () => {
    vi.useFakeTimers();
    const client = new FakeZendeskClient();
    client.get = () => new Promise(() => {});
    registerSaveCheck(client, () => ({ mode: 'block', suggested: 'normal', current: 'urgent' }), t);

    let outcome: unknown = 'pending';
    void client.triggerSave().then((value) => (outcome = value));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(outcome).toEqual({ allowed: false, message: BLOCKED });
  });

  it('blocks by rejecting: the same decision as a resolved false would have been allowed', async () => {
    // The trap (zendesk-apps.md §2.5): an async hook returning false lets the save through.
    const trap = new FakeZendeskClient();
    trap.on('ticket.save', async () => false);
    expect(await trap.triggerSave()).toEqual({ allowed: true });

    // Ours returns a promise that rejects, which the SDK (and the fake) treat as a block.
    const { client } = setUp({ mode: 'block' });
    const [hook] = captureHooks(client);
    const result = hook!();
    expect(result).toBeInstanceOf(Promise);
    await expect(result).rejects.toThrow(BLOCKED);
  });

  it('unregisters the hook', async () => {
    const { client, unregister } = setUp({ mode: 'block' });
    unregister();
    expect(client.subscriberCount('ticket.save')).toBe(0);
    expect(await client.triggerSave()).toEqual({ allowed: true });
  });
});

/** Registers a second copy of the check on a spy client to get hold of the raw hook function. */
function captureHooks(client: FakeZendeskClient): (() => unknown)[] {
  const hooks: (() => unknown)[] = [];
  const spy = Object.create(client) as FakeZendeskClient;
  spy.on = (event, handler) => {
    if (event === 'ticket.save') hooks.push(handler as () => unknown);
  };
  registerSaveCheck(spy, () => ({ mode: 'block', suggested: 'normal' }), t);
  return hooks;
}
