import { describe, expect, it } from 'vitest';
import { isAlreadyRead } from '../../../src/zendesk/isAlreadyRead';

const values = {
  'ticket.subject': 'Search is down',
  'ticket.priority': '-',
  'ticket.tags': ['vip', 'search'],
  'ticket.requester': { id: 42, email: 'a@example.com' },
  'ticket.customField:custom_field_7': null,
  errors: {},
};

describe('isAlreadyRead', () => {
  it.each([
    ['the same subject', 'ticket.subject', 'Search is down', true],
    ['a new subject', 'ticket.subject', 'Search is slow', false],
    ['an unset priority again', 'ticket.priority', '-', true],
    ['the same tags in another order', 'ticket.tags', ['search', 'vip'], true],
    ['one more tag', 'ticket.tags', ['search', 'vip', 'spam'], false],
    ['a property of a read object', 'ticket.requester.id', 42, true],
    ['another requester', 'ticket.requester.id', 43, false],
    ['an empty custom field again', 'ticket.customField:custom_field_7', null, true],
    ['a path that was not read', 'ticket.type', 'incident', false],
    ['an event without a payload', 'ticket.subject', undefined, false],
    ['a payload of unknown shape', 'ticket.subject', { newValue: 'Search is down' }, false],
    ['a path named like an Object method', 'ticket.requester.toString', 'x', false],
  ])('%s → %s', (_name, path, value, expected) => {
    expect(isAlreadyRead({ path, value }, values)).toBe(expected);
  });
});
