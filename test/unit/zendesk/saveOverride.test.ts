// Block mode's "Save anyway": the hook lets exactly the allowed priority through, and the override
// is recorded on the ticket (tag; internal note only when asked for and the ticket has an id).
import { describe, expect, it } from 'vitest';
import { registerSaveCheck, type SaveCheckState } from '../../../src/zendesk/registerSaveCheck';
import { recordSaveOverride } from '../../../src/zendesk/recordSaveOverride';
import { FakeZendeskClient } from '../../fakes/FakeZendeskClient';

const t = (key: string) => key;

function hook(state: Partial<SaveCheckState>, ticketPriority: string) {
  const client = new FakeZendeskClient({ state: { 'ticket.priority': ticketPriority } });
  registerSaveCheck(client, () => ({ mode: 'block', suggested: 'low', current: 'low', ...state }), t);
  return client;
}

describe('Save anyway', () => {
  it('lets a save with the allowed priority through in block mode', async () => {
    expect(await hook({ allowedAbove: 'urgent' }, 'urgent').triggerSave()).toEqual({ allowed: true });
  });

  it('still blocks another priority above the guidance', async () => {
    expect((await hook({ allowedAbove: 'high' }, 'urgent').triggerSave()).allowed).toBe(false);
  });

  it('tags the ticket triage_override_save and adds no note unless asked', async () => {
    const client = new FakeZendeskClient();
    expect(await recordSaveOverride(client, { ticketId: 7, reason: 'SSO outage', note: null })).toEqual({ noted: false, noteProblem: null });
    expect(client.calls.invoke).toEqual([{ name: 'ticket.tags.add', args: [['triage_override_save']] }]);
    expect(client.calls.request).toEqual([]);
  });

  it('adds the reason as an internal note through the ticket update when asked', async () => {
    const client = new FakeZendeskClient();
    client.respond('/api/v2/tickets/7.json', { status: 200, body: { ticket: { id: 7 } } });
    expect(await recordSaveOverride(client, { ticketId: 7, reason: 'SSO outage', note: 'Reason: SSO outage' })).toEqual({ noted: true, noteProblem: null });
    const request = client.calls.request[0] as { url: string; type: string; data: string };
    expect(request).toMatchObject({ url: '/api/v2/tickets/7.json', type: 'PUT' });
    expect(JSON.parse(request.data)).toEqual({ ticket: { comment: { body: 'Reason: SSO outage', public: false } } });
  });

  it('says why a new ticket gets no note, and keeps the tag', async () => {
    const client = new FakeZendeskClient();
    expect(await recordSaveOverride(client, { ticketId: null, reason: 'x', note: 'n' })).toEqual({ noted: false, noteProblem: 'new ticket' });
    expect(client.calls.invoke).toHaveLength(1);
  });

  it('fails with words for the agent when the tag is refused', async () => {
    const client = new FakeZendeskClient();
    client.invokeFailures['ticket.tags.add'] = new Error('read-only');
    await expect(recordSaveOverride(client, { ticketId: 7, reason: 'x', note: null })).rejects.toMatchObject({
      userMessage: { key: 'ui.errors.tagsRejected' },
    });
  });
});
