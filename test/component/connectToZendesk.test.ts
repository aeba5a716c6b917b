import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectToZendesk, readFrameParams } from '../../src/zendesk/connectToZendesk';
import { FakeZendeskClient } from '../fakes/FakeZendeskClient';

describe('connectToZendesk', () => {
  afterEach(() => vi.restoreAllMocks());

  it('returns null outside a Zendesk iframe (no origin/app_guid: init() returns false)', () => {
    expect(window.location.search).toBe('');
    expect(connectToZendesk()).toBeNull();
    expect(connectToZendesk({ search: '', hash: '' })).toBeNull();
    expect(connectToZendesk({ search: '?origin=https%3A%2F%2Facme.zendesk.com', hash: '' })).toBeNull();
  });

  it('returns null when the page has the parameters but no parent frame to answer', () => {
    // jsdom's window is top-level, like index.html opened directly with copied parameters.
    const location = { search: '?origin=https%3A%2F%2Facme.zendesk.com&app_guid=abc', hash: '' };
    expect(connectToZendesk(location)).toBeNull();
  });

  it("without Zendesk's CDN SDK, loads the bundled copy and sends the handshake to the origin", async () => {
    expect(window.ZAFClient).toBeUndefined();
    const parent = { postMessage: vi.fn() };
    vi.spyOn(window, 'parent', 'get').mockReturnValue(parent as unknown as Window);
    const client = connectToZendesk({ search: '', hash: '#origin=https%3A%2F%2Facme.zendesk.com&app_guid=abc' });

    expect(client).not.toBeNull();
    expect(typeof client?.get).toBe('function');
    await vi.waitFor(() => expect(parent.postMessage).toHaveBeenCalledTimes(1));
    const [message, origin] = parent.postMessage.mock.calls[0]!;
    expect(origin).toBe('https://acme.zendesk.com');
    expect(JSON.parse(message as string)).toMatchObject({ key: 'iframe.handshake', appGuid: 'abc' });
  });

  it("reads the page's location when none is passed", async () => {
    const parent = { postMessage: vi.fn() };
    vi.spyOn(window, 'parent', 'get').mockReturnValue(parent as unknown as Window);
    window.history.replaceState(null, '', '/?origin=http%3A%2F%2Flocalhost%3A4568&app_guid=guid-1');
    try {
      expect(connectToZendesk()).not.toBeNull();
      await vi.waitFor(() => expect(parent.postMessage).toHaveBeenCalled());
      const [message, origin] = parent.postMessage.mock.calls[0]!;
      expect(origin).toBe('http://localhost:4568');
      expect(JSON.parse(message as string)).toMatchObject({ key: 'iframe.handshake', appGuid: 'guid-1' });
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });
});

describe("connectToZendesk with Zendesk's CDN SDK", () => {
  afterEach(() => {
    delete window.ZAFClient;
    vi.restoreAllMocks();
  });

  it('uses the global ZAFClient the CDN script set, with the frame location, and loads no fallback', async () => {
    const sdkClient = new FakeZendeskClient();
    const init = vi.fn(() => sdkClient);
    window.ZAFClient = { init };
    vi.spyOn(window, 'parent', 'get').mockReturnValue({ postMessage: vi.fn() } as unknown as Window);
    const location = { search: '?origin=https%3A%2F%2Facme.zendesk.com&app_guid=abc', hash: '' };

    const client = connectToZendesk(location);
    expect(init).toHaveBeenCalledWith(undefined, location);
    const result = await client!.get(['ticket.subject']);
    expect(result['ticket.subject']).toBe(sdkClient.state['ticket.subject']);
    expect(sdkClient.calls.get).toEqual([['ticket.subject']]);
  });
});

describe('readFrameParams', () => {
  it('reads the query string first, then the hash, decoding like the SDK', () => {
    expect(readFrameParams({ search: '?origin=http%3A%2F%2Flocalhost%3A4568&app_guid=a+b', hash: '' })).toEqual({
      origin: 'http://localhost:4568',
      appGuid: 'a b',
    });
    expect(readFrameParams({ search: '?origin=q', hash: '#origin=h&app_guid=g' })).toEqual({ origin: 'q', appGuid: 'g' });
    expect(readFrameParams({ search: '?app_guid=%E0%A4%A', hash: '' })).toBeNull();
  });
});
