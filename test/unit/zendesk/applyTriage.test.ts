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
