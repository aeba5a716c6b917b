// The Zendesk layer driven through the REAL bundled SDK, with a minimal host answering its
// postMessage protocol (zendesk-apps.md §2): registration, a batched get with a per-path error,
// and the ticket.save hook. This checks our assumptions about the SDK, not just the fake.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectToZendesk } from '../../src/zendesk/connectToZendesk';
import { readTicket } from '../../src/zendesk/readTicket';
import { registerSaveCheck } from '../../src/zendesk/registerSaveCheck';
import { waitForZendesk } from '../../src/zendesk/waitForZendesk';

const ORIGIN = 'http://localhost:4568';

/** A pretend Zendesk parent frame: records what the app posts and answers like the host. */
function createHost(answer: (message: Record<string, unknown>) => unknown) {
  const posted: Record<string, unknown>[] = [];
  const parent = {
    postMessage(raw: unknown) {
      const message = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Record<string, unknown>;
      posted.push(message);
      const reply = answer(message);
      if (reply !== undefined) queueMicrotask(() => deliver(reply));
    },
  };
  const deliver = (data: unknown) => {
    const event = new Event('message');
    Object.assign(event, { data: JSON.stringify(data), origin: ORIGIN, source: parent });
    window.dispatchEvent(event);
  };
  return { parent, posted, deliver };
}

describe('the Zendesk layer over the real SDK', () => {
  afterEach(() => vi.restoreAllMocks());

  it('registers, reads the ticket in one get with per-path errors as warnings, and blocks a save', async () => {
    const state: Record<string, unknown> = {
      'ticket.id': 7,
      'ticket.subject': 'Cluster down <script>x</script>',
      'ticket.priority': 'urgent',
      'ticket.tags': ['vip'],
    };
    const host = createHost((message) => {
      if (message.key === 'iframe.handshake') {
        return { key: 'zaf.app.registered', message: { metadata: { appId: 1, settings: { saveCheckMode: 'block' } }, context: { location: 'ticket_sidebar', ticketId: 7 } } };
      }
      if (message.request === 'get') {
        const result: Record<string, unknown> = { errors: {} };
        for (const path of message.params as string[]) {
          if (path in state) result[path] = state[path];
          else (result.errors as Record<string, unknown>)[path] = { name: 'Error', message: 'No such path', path };
        }
        return { id: message.id, result };
      }
      return undefined;
    });
    vi.spyOn(window, 'parent', 'get').mockReturnValue(host.parent as unknown as Window);

    const client = connectToZendesk({ search: `?origin=${encodeURIComponent(ORIGIN)}&app_guid=g1`, hash: '' });
    expect(client).not.toBeNull();
    const { context, metadata } = await waitForZendesk(client!, 2_000);
    expect(context.ticketId).toBe(7);
    expect(metadata.settings).toEqual({ saveCheckMode: 'block' });

    const { ticket } = await readTicket(client!, { customFieldIds: [] });
    expect(host.posted.filter((message) => message.request === 'get')).toHaveLength(1);
    expect(ticket.subject).toBe('Cluster down <script>x</script>');
    expect(ticket.priority).toBe('urgent');
    expect(ticket.warnings.some((warning) => warning.includes('ticket.description'))).toBe(true);

    registerSaveCheck(client!, () => ({ mode: 'block', suggested: 'normal' }), (key) => key);
    host.deliver({ key: 'zaf.ticket.save', needsReply: true });
    await vi.waitFor(() => expect(host.posted.some((message) => message.key === 'iframe.reply:ticket.save')).toBe(true));
    const reply = host.posted.find((message) => message.key === 'iframe.reply:ticket.save');
    expect(reply).toMatchObject({ error: { msg: 'ui.saveCheck.blocked' } });
  });
});
