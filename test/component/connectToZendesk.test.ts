import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectToZendesk, readFrameParams } from '../../src/zendesk/connectToZendesk';

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

  it('creates a client that sends the handshake to the origin when framed', () => {
    const parent = { postMessage: vi.fn() };
    vi.spyOn(window, 'parent', 'get').mockReturnValue(parent as unknown as Window);
    const client = connectToZendesk({ search: '', hash: '#origin=https%3A%2F%2Facme.zendesk.com&app_guid=abc' });

    expect(client).not.toBeNull();
    expect(typeof client?.get).toBe('function');
    expect(parent.postMessage).toHaveBeenCalledTimes(1);
    const [message, origin] = parent.postMessage.mock.calls[0]!;
    expect(origin).toBe('https://acme.zendesk.com');
    expect(JSON.parse(message as string)).toMatchObject({ key: 'iframe.handshake', appGuid: 'abc' });
  });

  it("uses the SDK's own init() with the page's location when none is passed", () => {
    const parent = { postMessage: vi.fn() };
    vi.spyOn(window, 'parent', 'get').mockReturnValue(parent as unknown as Window);
    window.history.replaceState(null, '', '/?origin=http%3A%2F%2Flocalhost%3A4568&app_guid=guid-1');
    try {
      expect(connectToZendesk()).not.toBeNull();
      const [message, origin] = parent.postMessage.mock.calls[0]!;
      expect(origin).toBe('http://localhost:4568');
      expect(JSON.parse(message as string)).toMatchObject({ key: 'iframe.handshake', appGuid: 'guid-1' });
    } finally {
      window.history.replaceState(null, '', '/');
    }
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
