// The host reads both forms the SDK posts: JSON strings, and plain-object hook replies.
import { parseAppMessage } from '../../../preview/host/parseAppMessage';

describe('parseAppMessage', () => {
  it('reads calls from JSON strings', () => {
    const message = parseAppMessage(JSON.stringify({ id: 3, request: 'get', params: ['ticket.subject'], appGuid: 'g' }));
    expect(message).toEqual({ kind: 'call', id: 3, request: 'get', params: ['ticket.subject'] });
  });

  it('reads keyed messages', () => {
    expect(parseAppMessage('{"key":"iframe.handshake","message":{"version":"2.0.9"}}')).toEqual({
      kind: 'keyed',
      key: 'iframe.handshake',
      message: { version: '2.0.9' },
    });
  });

  it('reads hook replies sent as plain objects, with and without an error', () => {
    expect(parseAppMessage({ appGuid: 'g', key: 'iframe.reply:ticket.save' })).toEqual({ kind: 'reply', event: 'ticket.save' });
    expect(parseAppMessage({ key: 'iframe.reply:ticket.save', error: { msg: 'No' } })).toEqual({
      kind: 'reply',
      event: 'ticket.save',
      error: { msg: 'No' },
    });
  });

  it('rejects junk without throwing', () => {
    for (const junk of ['{not json', 42, null, [], { id: 1, request: 'delete' }, { hello: 'world' }]) {
      expect(parseAppMessage(junk).kind).toBe('invalid');
    }
  });
});
