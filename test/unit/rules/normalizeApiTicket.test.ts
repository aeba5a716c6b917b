import { readJsonLines } from '../../fixtures/readJsonLines';
import { describe, expect, it } from 'vitest';
import { fromApiTicket } from '../../../src/rules/normalize';

const base = {
  id: 7,
  subject: 'Search is slow',
  description: 'Since the upgrade',
  priority: 'high',
  status: 'open',
  type: 'incident',
  tags: ['vip', 'search'],
  created_at: '2026-11-20T09:00:00Z',
  updated_at: '2026-11-21T09:00:00Z',
  via: { channel: 'email' },
  recipient: 'support@example.com',
  organization_id: 9001,
  requester_id: 5,
  custom_fields: [
    { id: 360001, value: 'bug_report' },
    { id: '360002', value: ['a', 'b'] },
    { id: 360003, value: null },
  ],
  organization: { id: 9001, name: 'Acme', tags: ['enterprise'], organization_fields: { support_plan: 'enterprise', seats: 500 } },
  requester: { email: 'jane@example.com', role: 'end-user' },
};

describe('fromApiTicket', () => {
  it('reads every field of a well-formed ticket without warnings', () => {
    const ticket = fromApiTicket(base);
    expect(ticket).toEqual({
      id: 7,
      subject: 'Search is slow',
      description: 'Since the upgrade',
      priority: 'high',
      hasPriorityField: true,
      status: 'open',
      type: 'incident',
      tags: ['vip', 'search'],
      channel: 'email',
      recipient: 'support@example.com',
      createdAt: '2026-11-20T09:00:00Z',
      updatedAt: '2026-11-21T09:00:00Z',
      requester: { email: 'jane@example.com', role: 'end-user' },
      organization: { id: 9001, name: 'Acme', tags: ['enterprise'], fields: { support_plan: 'enterprise', seats: 500 } },
      customFields: { '360001': 'bug_report', '360002': ['a', 'b'], '360003': null },
      comments: [],
      warnings: [],
    });
  });

  it('unwraps {ticket: …} as GET /api/v2/tickets/{id} returns it', () => {
    expect(fromApiTicket({ ticket: base }).id).toBe(7);
  });

  it('treats optional absences silently', () => {
    const ticket = fromApiTicket({ subject: 'x', description: 'y' });
    expect(ticket.warnings).toEqual([]);
    expect(ticket.organization).toBeNull();
    expect(ticket.customFields).toEqual({});
    expect(ticket.hasPriorityField).toBe(false);
    expect(ticket.id).toBeNull();
  });

  it('builds a bare organization from organization_id when none is sideloaded', () => {
    expect(fromApiTicket({ subject: '', description: '', organization_id: 12 }).organization).toEqual({ id: 12, name: null, tags: [], fields: {} });
  });

  it.each([
    [{ subject: 42 }, 'subject: expected a string, got number', 'subject', ''],
    [{ subject: null }, 'subject: expected a string, got null', 'subject', ''],
    [{ description: ['a'] }, 'description: expected a string, got array', 'description', ''],
    [{ id: '7' }, 'id: expected a whole number, got string', 'id', null],
    [{ id: 1.5 }, 'id: expected a whole number, got 1.5', 'id', null],
    [{ priority: 'critical' }, 'priority: unexpected value "critical"; expected one of low, normal, high, urgent', 'priority', null],
    [{ priority: 3 }, 'priority: expected a string, got number', 'priority', null],
    [{ status: {} }, 'status: expected a string, got object', 'status', null],
    [{ tags: 'a,b' }, 'tags: expected a list of strings, got string', 'tags', []],
    [{ tags: ['a', 1, null, 'b'] }, 'tags: ignored 2 entries that are not strings', 'tags', ['a', 'b']],
    [{ created_at: 'yesterday' }, 'created_at: not a date: "yesterday"', 'createdAt', null],
    [{ via: 'email' }, 'via: expected an object, got string', 'channel', null],
    [{ requester: 'jane' }, 'requester: expected an object, got string', 'requester', { email: null, role: null }],
    [{ organization: [] }, 'organization: expected an object, got array', 'organization', null],
    [{ custom_fields: 'x' }, 'custom_fields: expected a list, got string', 'customFields', {}],
    [{ custom_fields: [{ value: 1 }] }, 'custom_fields[0]: expected {id, value}', 'customFields', {}],
    [{ custom_fields: [{ id: 1, value: { a: 1 } }] }, 'custom_fields.1: expected a value, got object', 'customFields', { '1': null }],
  ])('%j → warns %s', (patch, warning, key, value) => {
    const ticket = fromApiTicket({ ...base, ...patch });
    expect(ticket.warnings).toContain(warning);
    expect(ticket[key as keyof typeof ticket]).toEqual(value);
  });

  it('accepts priority in any case and null as unset', () => {
    expect(fromApiTicket({ ...base, priority: 'URGENT' }).priority).toBe('urgent');
    const unset = fromApiTicket({ ...base, priority: null });
    expect(unset).toMatchObject({ priority: null, hasPriorityField: true, warnings: [] });
  });

  it('reports a missing subject or description', () => {
    expect(fromApiTicket({}).warnings).toEqual(['subject: missing', 'description: missing']);
  });

  it.each([null, undefined, 42, 'ticket', [base], true])('a non-object %j gives an empty ticket and a warning', (input) => {
    const ticket = fromApiTicket(input);
    expect(ticket.subject).toBe('');
    expect(ticket.warnings).toHaveLength(1);
    expect(ticket.warnings[0]).toMatch(/^ticket: expected an object/);
  });

  it('reads all 40 samples without a warning', () => {
    const samples = readJsonLines<unknown>('samples/tickets.jsonl');
    expect(samples).toHaveLength(40);
    for (const sample of samples) expect(fromApiTicket(sample).warnings).toEqual([]);
  });
});
