import { describe, expect, it } from 'vitest';
import { SIDEBAR_TICKET_PATHS, customFieldPath, organizationFieldPath } from '../../../src/rules/normalize';
import { TicketReadError } from '../../../src/zendesk/errors';
import { readSettings } from '../../../src/zendesk/readSettings';
import { readTicket, ticketPaths } from '../../../src/zendesk/readTicket';
import { FakeZendeskClient } from '../../fakes/FakeZendeskClient';

const settings = { ...readSettings({ settings: {} }), customFieldIds: ['360001', '360002'] };

describe('readTicket', () => {
  it('reads every engine path and the configured custom fields in exactly one get', async () => {
    const client = new FakeZendeskClient({
      state: { [customFieldPath('360001')]: 'how_to', [customFieldPath('360002')]: 'helm' },
    });
    const { ticket } = await readTicket(client, settings);

    expect(client.calls.get).toHaveLength(1);
    expect(client.calls.get[0]).toEqual(
      expect.arrayContaining([
        ...SIDEBAR_TICKET_PATHS,
        customFieldPath('360001'),
        customFieldPath('360002'),
        organizationFieldPath('support_plan'),
        organizationFieldPath('deployment'),
        organizationFieldPath('customer_engineer'),
      ]),
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

  it('reads the organization fields the settings and a rulebook override name, each by its own path', () => {
    const override = JSON.stringify({
      rules: [{ id: 'x', any: [{ field: 'organization.fields.region', operator: 'is', value: 'eu' }], all: [{ field: 'organization.fields.bad key!', operator: 'present' }] }],
    });
    const paths = ticketPaths({
      ...readSettings({ settings: { planOrganizationField: 'tier', rulebookOverride: override } }),
    });
    expect(paths).toContain(organizationFieldPath('tier'));
    expect(paths).toContain(organizationFieldPath('region'));
    expect(paths).not.toContain(organizationFieldPath('support_plan'));
    expect(paths.some((path) => path.includes('bad key'))).toBe(false);
  });

  it.each([
    ['the npm SDK timeout object', { name: 'TimeoutError', message: 'Timeout when invoking "get"' }],
    ['an error without a name', { message: 'Something broke' }],
    ['garbage', 'garbage'],
    ['an object without the ticket', { errors: {} }],
  ])('never takes %s for the ticket: it throws TicketReadError', async (_label, answer) => {
    const client = new FakeZendeskClient();
    client.get = () => Promise.resolve(answer as never);
    await expect(readTicket(client, settings)).rejects.toBeInstanceOf(TicketReadError);
  });
});
