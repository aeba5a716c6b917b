import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallTimeoutError, CALL_TIMEOUT_MS } from '../../../src/zendesk/callTimeout';
import { CallFailedError } from '../../../src/zendesk/checkCallAnswer';
import { createClientPort } from '../../../src/zendesk/createClientPort';
import { FakeZendeskClient } from '../../fakes/FakeZendeskClient';

describe('createClientPort', () => {
  afterEach(() => vi.useRealTimers());

  it('uses an answer that comes after 7 s, long past the npm SDK 5 s limit', async () => {
    vi.useFakeTimers();
    const sdk = new FakeZendeskClient();
    const slow = sdk.get.bind(sdk);
    sdk.get = (paths) => new Promise((resolve) => setTimeout(() => resolve(slow(paths)), 7_000));
    const answer = createClientPort(sdk).get(['ticket.subject']);
    await vi.advanceTimersByTimeAsync(7_000);
    expect((await answer)['ticket.subject']).toBe(sdk.state['ticket.subject']);
  });

  it('gives up after 60 s with CallTimeoutError', async () => {
    vi.useFakeTimers();
    const sdk = new FakeZendeskClient();
    sdk.get = () => new Promise(() => {});
    const answer = createClientPort(sdk).get(['ticket.subject']).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(CALL_TIMEOUT_MS);
    expect(await answer).toBeInstanceOf(CallTimeoutError);
  });

  it.each([
    ['the npm SDK timeout object', { name: 'TimeoutError', message: 'Timeout when invoking "get"' }],
    ['an error without a name', { message: 'Internal error' }],
    ['a bare string', 'garbage'],
  ])('rejects a call that resolved with %s', async (_label, value) => {
    const sdk = new FakeZendeskClient();
    sdk.get = () => Promise.resolve(value as never);
    sdk.invoke = () => Promise.resolve(value);
    const port = createClientPort(sdk);
    await expect(port.get(['ticket.subject'])).rejects.toBeInstanceOf(CallFailedError);
    await expect(port.invoke('resize', {})).rejects.toBeInstanceOf(CallFailedError);
  });

  it('keeps subscriptions and calls in order while the SDK is still loading', async () => {
    const sdk = new FakeZendeskClient();
    let load: (client: FakeZendeskClient) => void = () => undefined;
    const port = createClientPort(new Promise((resolve) => (load = resolve)));
    const handler = vi.fn();
    port.on('ticket.subject.changed', handler);
    const answer = port.get(['ticket.id']);
    load(sdk);
    expect((await answer)['ticket.id']).toBe(sdk.state['ticket.id']);
    sdk.emit('ticket.subject.changed', 'New');
    expect(handler).toHaveBeenCalledWith('New');
  });
});
