import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customFieldPath, fromApiTicket, fromSidebarData } from '../../../src/rules/normalize';
import { PRIORITIES, type Ticket } from '../../../src/rules/types';

/** Every field present with the type Ticket promises. */
function expectWellFormed(ticket: Ticket): void {
  const nullableString = (v: unknown) => v === null || typeof v === 'string';
  const nullableInt = (v: unknown) => v === null || Number.isSafeInteger(v);
  const fieldValue = (v: unknown) =>
    v === null || ['string', 'number', 'boolean'].includes(typeof v) || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
  expect(nullableInt(ticket.id)).toBe(true);
  expect(typeof ticket.subject).toBe('string');
  expect(typeof ticket.description).toBe('string');
  expect(ticket.priority === null || PRIORITIES.includes(ticket.priority)).toBe(true);
  expect(typeof ticket.hasPriorityField).toBe('boolean');
  for (const key of ['status', 'type', 'channel', 'recipient', 'createdAt', 'updatedAt'] as const) expect(nullableString(ticket[key])).toBe(true);
  expect(ticket.tags.every((t) => typeof t === 'string')).toBe(true);
  expect(nullableString(ticket.requester.email) && nullableString(ticket.requester.role)).toBe(true);
  if (ticket.organization !== null) {
    expect(nullableInt(ticket.organization.id)).toBe(true);
    expect(nullableString(ticket.organization.name)).toBe(true);
    expect(ticket.organization.tags.every((t) => typeof t === 'string')).toBe(true);
    expect(Object.values(ticket.organization.fields).every(fieldValue)).toBe(true);
  }
  expect(Object.values(ticket.customFields).every(fieldValue)).toBe(true);
  expect(ticket.warnings.every((w) => typeof w === 'string')).toBe(true);
}

const API_KEYS = ['id', 'subject', 'description', 'priority', 'status', 'type', 'tags', 'created_at', 'updated_at', 'via', 'recipient', 'organization_id', 'custom_fields', 'organization', 'requester'];
const SIDEBAR_KEYS = ['ticket.id', 'ticket.subject', 'ticket.description', 'ticket.priority', 'ticket.tags', 'ticket.via', 'ticket.createdAt', 'ticket.requester', 'ticket.organization', customFieldPath('1'), 'errors'];

/** Objects with the right keys and arbitrary (mostly wrong) values. */
const withKeys = (keys: string[]) => fc.dictionary(fc.constantFrom(...keys), fc.anything({ maxDepth: 3 }), { maxKeys: keys.length });

describe('normalization never throws', () => {
  it('fromApiTicket: any JSON-ish value yields a well-formed ticket', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), withKeys(API_KEYS), fc.record({ ticket: withKeys(API_KEYS) })), (input) => {
        expectWellFormed(fromApiTicket(input));
      }),
      { numRuns: 500 },
    );
  });

  it('fromSidebarData: any get result yields a well-formed ticket', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), withKeys(SIDEBAR_KEYS)), (input) => {
        expectWellFormed(fromSidebarData(input as Record<string, unknown>));
      }),
      { numRuns: 500 },
    );
  });
});
