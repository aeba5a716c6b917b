import { describe, expect, it } from 'vitest';
import { SIDEBAR_TICKET_PATHS, customFieldPath } from '../../../src/rules/normalize';
import { TicketReadError } from '../../../src/zendesk/errors';
import { readTicket } from '../../../src/zendesk/readTicket';
import { FakeZendeskClient } from '../../fakes/FakeZendeskClient';

const settings = { customFieldIds: ['360001', '360002'] };

describe('readTicket', () => {
  it('reads every engine path and the configured custom fields in exactly one get', async () => {
    const client = new FakeZendeskClient({
      state: { [customFieldPath('360001')]: 'how_to', [customFieldPath('360002')]: 'helm' },
    });
    const { ticket } = await readTicket(client, settings);

    expect(client.calls.get).toHaveLength(1);
    expect(client.calls.get[0]).toEqual(
      expect.arrayContaining([...SIDEBAR_TICKET_PATHS, customFieldPath('360001'), customFieldPath('360002')]),
    );
    expect(ticket.subject).toBe('Login page shows an error');
    expect(ticket.priority).toBe('normal');
    expect(ticket.customFields).toMatchObject({ '360001': 'how_to', '360002': 'helm' });
    expect(ticket.organization?.fields).toMatchObject({ support_plan: 'premium' });
    expect(ticket.warnings).toEqual([]);
  });

  it('turns per-path errors into warnings and still returns the ticket', async () => {
    const client = new FakeZendeskClient();
    client.pathErrors['ticket.organization'] = 'Permission denied';
    const { ticket } = await readTicket(client, { customFieldIds: ['999'] });

    expect(ticket.subject).toBe('Login page shows an error');
    expect(ticket.organization).toBeNull();
    expect(ticket.warnings.some((w) => w.includes('ticket.organization') && w.includes('Permission denied'))).toBe(true);
    // The custom field does not exist in the fake: its error is a warning too.
    expect(ticket.warnings.some((w) => w.includes(customFieldPath('999')))).toBe(true);
    expect(client.calls.get).toHaveLength(1);
  });

  it('throws TicketReadError with words for the agent when the whole get fails', async () => {
    const client = new FakeZendeskClient();
    client.getFailure = Object.assign(new Error('Timeout when invoking "get"'), { name: 'TimeoutError' });

    const failure = await readTicket(client, settings).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TicketReadError);
    expect((failure as TicketReadError).userMessage).toEqual({
      key: 'ui.readError.body',
      vars: { reason: 'Timeout when invoking "get"' },
    });
    expect((failure as TicketReadError).message).toContain('Timeout when invoking');
  });

  it('treats a reply without data as a read failure', async () => {
    const client = new FakeZendeskClient();
    client.get = () => Promise.resolve(null as never);
    await expect(readTicket(client, settings)).rejects.toBeInstanceOf(TicketReadError);
  });
});
