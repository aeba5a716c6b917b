// docs/zendesk-apps-paths.md lists every ZAF path, event and endpoint the app uses, and each one
// is documented for the ticket sidebar (the preview's list of documented paths).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDocumented } from '../../../preview/host/documentedPaths';
import { SIDEBAR_TICKET_PATHS } from '../../../src/rules/normalize';
import { MACROS_URL } from '../../../src/zendesk/createMacroCatalog';
import { readSettings } from '../../../src/zendesk/readSettings';
import { ticketPaths } from '../../../src/zendesk/readTicket';
import { WATCHED_TICKET_EVENTS } from '../../../src/zendesk/watchTicket';

const DOC = readFileSync(resolve(import.meta.dirname, '../../../docs/zendesk-apps-paths.md'), 'utf8');

/** Paths the code uses that are not in the lists above, found by reading src/zendesk. */
const OTHER_GETS = ['currentUser.locale', 'ticket.comment'];
const SETS = ['ticket.priority', 'ticket.comment.type', 'ticket.customField:custom_field_1'];
const INVOKES = ['resize', 'notify', 'macro', 'ticket.comment.appendText', 'ticket.tags.add', 'ticket.tags.remove'];

describe('docs/zendesk-apps-paths.md', () => {
  it('lists, and the preview accepts, every path of the ticket read', () => {
    const paths = ticketPaths({ ...readSettings({ settings: {} }), customFieldIds: ['1'] });
    for (const path of [...SIDEBAR_TICKET_PATHS, ...OTHER_GETS]) expect(DOC).toContain(`\`${path}`);
    expect(DOC).toContain('`ticket.organization.customField:<key>`');
    expect(DOC).toContain('`ticket.customField:custom_field_<id>`');
    for (const path of [...paths, ...OTHER_GETS]) expect(isDocumented('get', path), path).toBe(true);
  });

  it('lists, and the preview accepts, every set, action and event', () => {
    for (const path of SETS) expect(isDocumented('set', path), path).toBe(true);
    for (const action of INVOKES) {
      expect(DOC).toContain(`\`${action}`);
      expect(isDocumented('invoke', action), action).toBe(true);
    }
    for (const event of [...WATCHED_TICKET_EVENTS, 'ticket.custom_field_1.changed', 'ticket.save', 'app.registered']) {
      expect(isDocumented('event', event), event).toBe(true);
    }
    for (const event of WATCHED_TICKET_EVENTS) expect(DOC).toContain(`\`${event}\``);
  });

  it('names the macros endpoint with its documented paging', () => {
    expect(DOC).toContain(MACROS_URL);
    expect(isDocumented('get', 'ticket.organization.organizationFields')).toBe(false);
    expect(isDocumented('get', 'ticket.organization.organizationFields.support_plan')).toBe(false);
  });
});
