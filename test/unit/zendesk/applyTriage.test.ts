import { describe, expect, it } from 'vitest';
import { applyTriage } from '../../../src/zendesk/applyTriage';
import { ApplyTriageError } from '../../../src/zendesk/errors';
import { FakeZendeskClient } from '../../fakes/FakeZendeskClient';

const write = { tags: ['triage_owner_cs', 'triage_sev_2', 'triage_type_bug_report'], knownTags: [], requestType: 'bug_report' as const };

describe('applyTriage', () => {
  it('reads the tags fresh, removes the stale triage tags and adds the missing ones', async () => {
    const client = new FakeZendeskClient({ state: { 'ticket.tags': ['triage_sev_0', 'triage_owner_cs', 'vip'] } });
    const outcome = await applyTriage(client, { ...write, knownTags: ['something', 'stale'], requestTypeFieldId: null });
    expect(outcome).toEqual({ tags: write.tags, added: ['triage_sev_2', 'triage_type_bug_report'], removed: ['triage_sev_0'], field: { kind: 'none' } });
    expect(client.state['ticket.tags']).toEqual(['triage_owner_cs', 'vip', 'triage_sev_2', 'triage_type_bug_report']);
  });

  it('falls back to the last known tags when the fresh read fails', async () => {
    const client = new FakeZendeskClient();
    client.getFailure = new Error('offline');
    const outcome = await applyTriage(client, { ...write, knownTags: ['triage_sev_1'], requestTypeFieldId: null });
    expect(outcome.removed).toEqual(['triage_sev_1']);
  });

  it('sets the request-type drop-down to the type tag', async () => {
    const client = new FakeZendeskClient();
    const outcome = await applyTriage(client, { ...write, requestTypeFieldId: '360001' });
    expect(outcome.field).toEqual({ kind: 'set', fieldId: '360001', value: 'triage_type_bug_report' });
    expect(client.state['ticket.customField:custom_field_360001']).toBe('triage_type_bug_report');
  });

  it('throws ApplyTriageError when Zendesk refuses the tags', async () => {
    const client = new FakeZendeskClient();
    client.invokeFailures['ticket.tags.add'] = new Error('nope');
    await expect(applyTriage(client, { ...write, requestTypeFieldId: '360001' })).rejects.toBeInstanceOf(ApplyTriageError);
    expect(client.calls.set).toEqual([]);
  });
});

describe('applyTriage with a request type already in the installed field', () => {
  const FIELD = 'ticket.customField:custom_field_77001';

  it("keeps the agent's own type and its tag, writes no field, and records the override", async () => {
    // The agent picked "Bug report" in the field; Zendesk added its tag. The engine guessed how_to.
    const client = new FakeZendeskClient({ state: { 'ticket.tags': ['triage_type_bug_report', 'vip'], [FIELD]: 'triage_type_bug_report' } });
    const outcome = await applyTriage(client, {
      tags: ['triage_owner_cs', 'triage_sev_3', 'triage_type_how_to'],
      knownTags: [],
      requestType: 'how_to',
      requestTypeFieldId: '77001',
    });
    expect(outcome.field).toEqual({ kind: 'kept', fieldId: '77001', requestType: 'bug_report' });
    expect(outcome.tags).toEqual(['triage_owner_cs', 'triage_sev_3', 'triage_type_bug_report', 'triage_override', 'triage_override_type']);
    expect(outcome.removed).toEqual([]);
    expect(client.calls.set).toEqual([]);
    expect(client.state['ticket.tags']).toEqual(expect.arrayContaining(['triage_type_bug_report', 'triage_override', 'triage_override_type', 'vip']));
    expect(client.state['ticket.tags']).not.toContain('triage_type_how_to');
    // The tags and the field were read in one get.
    expect(client.calls.get).toContainEqual(['ticket.tags', FIELD]);
  });

  it('writes the field when it is empty or already holds the suggested type, with no type override', async () => {
    for (const value of [null, 'triage_type_how_to']) {
      const client = new FakeZendeskClient({ state: { 'ticket.tags': [], [FIELD]: value } });
      const outcome = await applyTriage(client, { tags: ['triage_owner_cs', 'triage_type_how_to'], knownTags: [], requestType: 'how_to', requestTypeFieldId: '77001' });
      expect(outcome.field).toEqual({ kind: 'set', fieldId: '77001', value: 'triage_type_how_to' });
      expect(client.state['ticket.tags']).not.toContain('triage_override_type');
    }
  });
});
