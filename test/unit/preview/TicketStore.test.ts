// The host's ticket: sidebar paths read and write like Zendesk's, with the matching change events.
import { TicketStore, changeEventName } from '../../../preview/host/TicketStore';
import { zafStateFromSample } from '../../../preview/host/zafStateFromSample';
import { performInvoke } from '../../../preview/host/performInvoke';
import { DEFAULT_FAULTS } from '../../../preview/host/Faults';
import { FIXTURE_MACROS } from '../../../preview/host/fixtureMacros';

function store() {
  return new TicketStore(
    zafStateFromSample({
      id: 7,
      subject: 'Hello',
      tags: ['a'],
      priority: null,
      organization: { id: 1, name: 'Org', tags: [], organization_fields: { support_plan: 'premium' } },
      custom_fields: [{ id: 360, value: 'helm' }],
    }),
  );
}

const noEffects = { toast: () => undefined, resize: () => undefined, route: () => undefined };

describe('TicketStore', () => {
  it('reads nested and custom-field paths, and reports unknown ones', () => {
    const ticket = store();
    expect(ticket.read('ticket.subject')).toEqual({ ok: true, value: 'Hello' });
    expect(ticket.read('ticket.organization.customField:support_plan')).toEqual({ ok: true, value: 'premium' });
    expect(ticket.read('ticket.organization.organizationFields')).toEqual({ ok: false });
    expect(ticket.read('ticket.customField:custom_field_360')).toEqual({ ok: true, value: 'helm' });
    expect(ticket.read('ticket.priority')).toEqual({ ok: true, value: null });
    expect(ticket.read('ticket.nope')).toEqual({ ok: false });
    expect(ticket.read('currentUser.locale')).toEqual({ ok: true, value: 'en' });
  });

  it('writes ticket paths and names the event Zendesk fires', () => {
    const ticket = store();
    expect(ticket.write('ticket.priority', 'high')).toEqual({ name: 'ticket.priority.changed', payload: 'high' });
    expect(ticket.read('ticket.priority')).toEqual({ ok: true, value: 'high' });
    expect(ticket.write('currentUser.locale', 'de')).toBeNull();
    expect(ticket.write('ticket.nope.deeper', 1)).toBeNull();
  });

  it('names change events for custom fields and the composer', () => {
    expect(changeEventName('ticket.customField:custom_field_360')).toBe('ticket.custom_field_360.changed');
    expect(changeEventName('ticket.comment.text')).toBe('comment.text.changed');
    expect(changeEventName('ticket.tags')).toBe('ticket.tags.changed');
  });

  it('applies a macro: composer text and type, and its tag, with their events', () => {
    const ticket = store();
    const macro = FIXTURE_MACROS.find((candidate) => candidate.slug === 'presales-ce-first-line')!;
    const outcome = performInvoke('macro', [macro.id], ticket, DEFAULT_FAULTS, noEffects);
    expect(outcome.ok && outcome.changes.map((change) => change.name)).toEqual(['comment.type.changed', 'comment.text.changed', 'ticket.tags.changed']);
    expect(ticket.read('ticket.comment.type')).toEqual({ ok: true, value: 'internalNote' });
    expect(ticket.read('ticket.comment.text')).toEqual({ ok: true, value: macro.body });
    expect(ticket.tags()).toEqual(['a', `macro_${macro.id}`]);
  });

  it('refuses a macro the account lacks, and unknown actions', () => {
    const ticket = store();
    const macro = FIXTURE_MACROS.find((candidate) => candidate.slug === 'ce-feature-request')!;
    expect(performInvoke('macro', [macro.id], ticket, { ...DEFAULT_FAULTS, missingMacros: ['ce-feature-request'] }, noEffects).ok).toBe(false);
    expect(performInvoke('macro', [1], ticket, DEFAULT_FAULTS, noEffects).ok).toBe(false);
    expect(performInvoke('launchRockets', [], ticket, DEFAULT_FAULTS, noEffects).ok).toBe(false);
  });
});
