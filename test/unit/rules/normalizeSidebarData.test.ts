import { describe, expect, it } from 'vitest';
import { customFieldPath, fromSidebarData, organizationFieldPath, SIDEBAR_TICKET_PATHS } from '../../../src/rules/normalize';

const data: Record<string, unknown> = {
  'ticket.id': 42,
  'ticket.subject': 'SAML login broken',
  'ticket.description': 'Users get an error',
  'ticket.priority': 'normal',
  'ticket.status': 'open',
  'ticket.type': 'question',
  'ticket.tags': ['sso'],
  'ticket.via': { channel: 'web', source: {} },
  'ticket.createdAt': '2026-11-20T09:00:00Z',
  'ticket.updatedAt': '2026-11-21T09:00:00Z',
  'ticket.recipient': null,
  'ticket.requester': { id: 1, name: 'Jane', email: 'jane@example.com', role: 'end-user' },
  'ticket.organization': { id: 9, name: 'Acme', tags: ['premium'] },
  [organizationFieldPath('support_plan')]: 'premium',
  [customFieldPath('360001')]: 'config_issue',
  errors: {},
};

describe('fromSidebarData', () => {
  it('lists the paths to request and builds custom field paths', () => {
    expect(SIDEBAR_TICKET_PATHS).toContain('ticket.organization');
    expect(customFieldPath('360001')).toBe('ticket.customField:custom_field_360001');
  });

  it('reads a full get result', () => {
    expect(fromSidebarData(data)).toEqual({
      id: 42,
      subject: 'SAML login broken',
      description: 'Users get an error',
      priority: 'normal',
      hasPriorityField: true,
      status: 'open',
      type: 'question',
      tags: ['sso'],
      channel: 'web',
      recipient: null,
      createdAt: '2026-11-20T09:00:00Z',
      updatedAt: '2026-11-21T09:00:00Z',
      requester: { email: 'jane@example.com', role: 'end-user' },
      organization: { id: 9, name: 'Acme', tags: ['premium'], fields: { support_plan: 'premium' } },
      customFields: { '360001': 'config_issue' },
      comments: [],
      warnings: [],
    });
  });

  it('reads organization fields from their customField:<key> paths, not from a map ZAF does not have', () => {
    const ticket = fromSidebarData({
      ...data,
      'ticket.organization': { id: 9, name: 'Acme', tags: [], organizationFields: { deployment: 'swarm' } },
      [organizationFieldPath('deployment')]: 'helm',
    });
    expect(ticket.organization?.fields).toEqual({ support_plan: 'premium', deployment: 'helm' });
  });

  it('reads organization field errors silently when the ticket has no organization', () => {
    const ticket = fromSidebarData({
      ...data,
      'ticket.organization': null,
      [organizationFieldPath('support_plan')]: undefined,
      errors: { [organizationFieldPath('deployment')]: { message: 'is not a valid path' } },
    });
    expect(ticket.organization).toBeNull();
    expect(ticket.warnings).toEqual([]);
  });

  it.each(['-', '', null])('priority %j means an unset priority field', (value) => {
    const ticket = fromSidebarData({ ...data, 'ticket.priority': value });
    expect(ticket).toMatchObject({ priority: null, hasPriorityField: true, warnings: [] });
  });

  it('has no priority field when the path is absent or failed', () => {
    const { ['ticket.priority']: _dropped, ...withoutPriority } = data;
    expect(fromSidebarData(withoutPriority).hasPriorityField).toBe(false);
    const failed = fromSidebarData({ ...data, errors: { 'ticket.priority': { message: 'Could not find path' } } });
    expect(failed.hasPriorityField).toBe(false);
    expect(failed.priority).toBeNull();
    expect(failed.warnings).toEqual(['ticket.priority: Could not find path']);
  });

  it('turns path errors into warnings and reads the path as absent', () => {
    const ticket = fromSidebarData({ ...data, 'ticket.subject': 'stale', errors: { 'ticket.subject': { message: 'boom' }, [customFieldPath('360001')]: {} } });
    expect(ticket.subject).toBe('');
    expect(ticket.customFields).toEqual({});
    expect(ticket.warnings).toEqual(['ticket.subject: boom', 'ticket.customField:custom_field_360001: could not be read']);
  });

  it('reads a missing organization silently', () => {
    const ticket = fromSidebarData({ ...data, 'ticket.organization': null });
    expect(ticket.organization).toBeNull();
    expect(ticket.warnings).toEqual([]);
  });

  it.each([
    [{ 'ticket.id': 'abc' }, 'ticket.id: expected a whole number, got string'],
    [{ 'ticket.priority': 'P1' }, 'ticket.priority: unexpected value "P1"; expected one of low, normal, high, urgent'],
    [{ 'ticket.tags': [1, 'ok'] }, 'ticket.tags: ignored 1 entries that are not strings'],
    [{ 'ticket.via': 7 }, 'ticket.via: expected an object, got number'],
    [{ 'ticket.organization': 'Acme' }, 'ticket.organization: expected an object, got string'],
    [{ 'ticket.description': undefined }, 'ticket.description: missing'],
  ])('%j → warns %s', (patch, warning) => {
    expect(fromSidebarData({ ...data, ...patch }).warnings).toContain(warning);
  });

  it.each([null, [], 'x', 3])('a non-object %j gives an empty ticket and a warning', (input) => {
    const ticket = fromSidebarData(input as unknown as Record<string, unknown>);
    expect(ticket.subject).toBe('');
    expect(ticket.warnings).toHaveLength(1);
  });
});
