import { afterEach, describe, expect, it, vi } from 'vitest';
import { ZendeskTimeoutError } from '../../../src/zendesk/errors';
import { notify } from '../../../src/zendesk/notify';
import { readUserLocale } from '../../../src/zendesk/readUserLocale';
import { resizeFrame } from '../../../src/zendesk/resizeFrame';
import { setTicketPriority } from '../../../src/zendesk/setTicketPriority';
import { waitForZendesk } from '../../../src/zendesk/waitForZendesk';
import { FakeZendeskClient } from '../../fakes/FakeZendeskClient';

describe('waitForZendesk', () => {
  afterEach(() => vi.useRealTimers());

  it('resolves with context and metadata once the host has registered', async () => {
    const client = new FakeZendeskClient({ settings: { maxSuggestions: 2 } });
    const { context, metadata } = await waitForZendesk(client);
    expect(context.location).toBe('ticket_sidebar');
    expect(metadata.settings).toEqual({ maxSuggestions: 2 });
  });

  it('rejects with ZendeskTimeoutError when the host never registers', async () => {
    vi.useFakeTimers();
    const client = new FakeZendeskClient({ registers: false });
    const waiting = waitForZendesk(client, 10_000).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(10_000);
    const error = await waiting;
    expect(error).toBeInstanceOf(ZendeskTimeoutError);
    expect((error as ZendeskTimeoutError).userMessage).toEqual({ key: 'ui.timeout.body', vars: { seconds: 10 } });
  });

  it('does not use an app.registered listener', async () => {
    const client = new FakeZendeskClient();
    await waitForZendesk(client);
    expect(client.calls.on).not.toContain('app.registered');
  });
});

describe('readUserLocale', () => {
  it("returns currentUser.locale", async () => {
    const client = new FakeZendeskClient({ state: { currentUser: { locale: 'de-DE' } } });
    expect(await readUserLocale(client)).toBe('de-DE');
  });

  it("falls back to 'en' on a path error, a failure or a non-string", async () => {
    const withError = new FakeZendeskClient();
    withError.pathErrors['currentUser.locale'] = 'nope';
    const failing = new FakeZendeskClient();
    failing.getFailure = new Error('down');
    const odd = new FakeZendeskClient({ state: { currentUser: { locale: 12 } } });
    for (const client of [withError, failing, odd]) expect(await readUserLocale(client)).toBe('en');
  });
});

describe('resizeFrame', () => {
  it('invokes resize with the full width and the rounded-up height', async () => {
    const client = new FakeZendeskClient();
    await resizeFrame(client, 321.2);
    expect(client.calls.invoke).toEqual([{ name: 'resize', args: [{ width: '100%', height: '322px' }] }]);
  });

  it('swallows errors and skips unusable heights', async () => {
    const client = new FakeZendeskClient();
    client.invokeFailures.resize = new Error('gone');
    await expect(resizeFrame(client, 100)).resolves.toBeUndefined();
    await resizeFrame(client, Number.NaN);
    expect(client.calls.invoke).toHaveLength(1);
  });
});

describe('notify', () => {
  it('invokes notify with the kind and never rejects', async () => {
    const client = new FakeZendeskClient();
    await notify(client, 'Hello', 'error');
    client.invokeFailures.notify = new Error('no toasts');
    await expect(notify(client, 'Again')).resolves.toBeUndefined();
    expect(client.calls.invoke).toEqual([
      { name: 'notify', args: ['Hello', 'error'] },
      { name: 'notify', args: ['Again', 'notice'] },
    ]);
  });
});

describe('setTicketPriority', () => {
  it('sets ticket.priority, which Zendesk announces as a change', async () => {
    const client = new FakeZendeskClient();
    const changed = vi.fn();
    client.on('ticket.priority.changed', changed);
    await setTicketPriority(client, 'high');
    expect(client.calls.set).toEqual([{ 'ticket.priority': 'high' }]);
    expect(client.state['ticket.priority']).toBe('high');
    expect(changed).toHaveBeenCalledWith('high');
  });

  it('rejects a value that is not a priority, and a failing set', async () => {
    const client = new FakeZendeskClient();
    await expect(setTicketPriority(client, 'critical' as never)).rejects.toThrow(/not a Zendesk priority/);
    client.setFailure = new Error('read-only');
    await expect(setTicketPriority(client, 'low')).rejects.toThrow('read-only');
  });
});
