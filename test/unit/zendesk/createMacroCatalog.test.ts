import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMacroCatalog, MACROS_URL } from '../../../src/zendesk/createMacroCatalog';
import { RateLimitError } from '../../../src/zendesk/errors';
import { FakeZendeskClient, macroPages } from '../../fakes/FakeZendeskClient';

const ACTIVE = '/api/v2/macros';

const threePages = () =>
  macroPages([
    [{ id: 1, title: 'Close and redirect' }, { id: 2, title: 'Triage::Ask for logs' }],
    [{ id: 3, title: 'Unrelated macro' }],
    [{ id: 4, title: 'Triage::Route to CE' }],
  ]);

describe('createMacroCatalog', () => {
  afterEach(() => vi.useRealTimers());

  it('follows every page and matches exact and "Triage::" titles', async () => {
    const client = new FakeZendeskClient();
    client.respond(ACTIVE, ...threePages());
    const catalog = createMacroCatalog(client);

    expect(await catalog.idFor({ title: 'Route to CE' })).toBe(4);
    expect(await catalog.idFor({ title: 'Ask for logs' })).toBe(2);
    expect(await catalog.idFor({ title: 'Close and redirect' })).toBe(1);
    expect(await catalog.idFor({ title: 'Not in the account' })).toBeNull();

    const urls = client.calls.request.map((options) => options.url);
    // Later pages from links.next, made relative.
    expect(urls).toEqual([
      MACROS_URL,
      '/api/v2/macros?active=true&only_viewable=true&page%5Bafter%5D=cursor-1&page%5Bsize%5D=100',
      '/api/v2/macros?active=true&only_viewable=true&page%5Bafter%5D=cursor-2&page%5Bsize%5D=100',
    ]);
  });

  it('loads once per session: a second lookup makes no request', async () => {
    const client = new FakeZendeskClient();
    client.respond(ACTIVE, ...threePages());
    const catalog = createMacroCatalog(client);

    await catalog.idFor({ title: 'Route to CE' });
    const requests = client.calls.request.length;
    await catalog.idFor({ title: 'Ask for logs' });
    await catalog.load();
    expect(client.calls.request).toHaveLength(requests);
  });

  it('follows links.next (made relative) when the page has no cursor meta', async () => {
    const client = new FakeZendeskClient();
    client.respond(
      ACTIVE,
      {
        status: 200,
        body: {
          macros: [{ id: 5, title: 'First', active: true }],
          links: { next: 'https://acme.zendesk.com/api/v2/macros?page%5Bafter%5D=abc&page%5Bsize%5D=100' },
        },
      },
      { status: 200, body: { macros: [{ id: 6, title: 'Second', active: true }], links: { next: null } } },
    );
    const catalog = createMacroCatalog(client);
    expect(await catalog.idFor({ title: 'Second' })).toBe(6);
    expect(client.calls.request[1]?.url).toBe('/api/v2/macros?page%5Bafter%5D=abc&page%5Bsize%5D=100');
  });

  it('follows offset pages (next_page) too, like the requirements list', async () => {
    const client = new FakeZendeskClient();
    client.respond(
      ACTIVE,
      { status: 200, body: { macros: [{ id: 5, title: 'First', active: true }], next_page: 'https://acme.zendesk.com/api/v2/macros?page=2' } },
      { status: 200, body: { macros: [{ id: 6, title: 'Second', active: true }], next_page: null } },
    );
    expect(await createMacroCatalog(client).idFor({ title: 'Second' })).toBe(6);
    expect(client.calls.request.map((options) => options.url)).toEqual([MACROS_URL, '/api/v2/macros?page=2']);
  });

  it('waits for Retry-After on a 429 and retries once', async () => {
    vi.useFakeTimers();
    const client = new FakeZendeskClient();
    client.respond(ACTIVE, { status: 429, headers: { 'Retry-After': '3' } }, ...macroPages([[{ id: 7, title: 'Ask for logs' }]]));
    const catalog = createMacroCatalog(client);

    const lookup = catalog.idFor({ title: 'Ask for logs' });
    await vi.advanceTimersByTimeAsync(2_999);
    expect(client.calls.request).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await lookup).toBe(7);
    expect(client.calls.request).toHaveLength(2);
  });

  it('waits a Retry-After of exactly the cap, then retries', async () => {
    vi.useFakeTimers();
    const client = new FakeZendeskClient();
    client.respond(ACTIVE, { status: 429, headers: { 'Retry-After': '10' } }, ...macroPages([[{ id: 7, title: 'Ask for logs' }]]));
    const lookup = createMacroCatalog(client).idFor({ title: 'Ask for logs' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await lookup).toBe(7);
    expect(client.calls.request).toHaveLength(2);
  });

  it('does not retry when Retry-After is above the cap: a RateLimitError says how long to wait', async () => {
    vi.useFakeTimers();
    const client = new FakeZendeskClient();
    client.respond(ACTIVE, { status: 429, headers: { 'retry-after': '600' } }, ...macroPages([[{ id: 7, title: 'Ask for logs' }]]));
    const catalog = createMacroCatalog(client);

    const lookup = catalog.idFor({ title: 'Ask for logs' }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(0);
    const failure = await lookup;
    expect(failure).toBeInstanceOf(RateLimitError);
    expect(failure).toMatchObject({ retryAfterSeconds: 600, userMessage: { key: 'ui.errors.rateLimited', vars: { seconds: 600 } } });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(client.calls.request).toHaveLength(1);
  });

  it('does not cache a failure: the next call tries again', async () => {
    const client = new FakeZendeskClient();
    client.respond(ACTIVE, { status: 500, body: { error: 'oops' } }, ...macroPages([[{ id: 8, title: 'Route to CE' }]]));
    const catalog = createMacroCatalog(client);

    await expect(catalog.idFor({ title: 'Route to CE' })).rejects.toMatchObject({ status: 500 });
    expect(await catalog.idFor({ title: 'Route to CE' })).toBe(8);
    expect(client.calls.request).toHaveLength(2);
  });

  it('ignores malformed items and stops on a cursor that repeats', async () => {
    const client = new FakeZendeskClient();
    client.respond(ACTIVE, {
      status: 200,
      body: {
        macros: [null, { id: 'x', title: 'Bad id' }, { id: 9, title: 'Good' }, { id: 10, title: 'Off', active: false }],
        meta: { has_more: true, after_cursor: 'same' },
        links: { next: 'https://acme.zendesk.com/api/v2/macros?page%5Bafter%5D=same' },
      },
    });
    const catalog = createMacroCatalog(client);
    const titles = await catalog.load();
    expect([...titles.entries()]).toEqual([['Good', 9]]);
    expect(client.calls.request).toHaveLength(2);
  });
});
