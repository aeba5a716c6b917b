import { describe, expect, it } from 'vitest';
import { createRequirementsLookup } from '../../../src/zendesk/createRequirementsLookup';
import { FakeZendeskClient } from '../../fakes/FakeZendeskClient';

const URL = '/api/v2/apps/installations/7/requirements';
const item = (identifier: unknown, requirement_id: unknown, requirement_type: unknown) => ({ identifier, requirement_id, requirement_type });

describe('createRequirementsLookup', () => {
  it('maps installed macros and ticket fields by identifier, once per session', async () => {
    const client = new FakeZendeskClient();
    client.respond(URL, {
      status: 200,
      body: {
        requirements: [
          item('no_action_for_cs', 101, 'macros'),
          item('triage_request_type', 202, 'ticket_fields'),
          item('a_target', 303, 'targets'),
        ],
      },
    });
    const lookup = createRequirementsLookup(client, 7);
    const installed = await lookup.load();
    expect([...installed.macros]).toEqual([['no_action_for_cs', 101]]);
    expect(await lookup.requestTypeFieldId()).toBe('202');
    await lookup.load();
    expect(client.calls.request.map((call) => call.url)).toEqual([URL]);
  });

  it('skips malformed items and accepts numeric-string ids', async () => {
    const client = new FakeZendeskClient();
    client.respond(URL, {
      status: 200,
      body: {
        requirements: [
          null,
          'junk',
          item('no_id', null, 'macros'),
          item('negative', -4, 'macros'),
          item(42, 5, 'macros'),
          item('as_text', '505', 'macros'),
          item('not_a_number', '5e3', 'macros'),
        ],
      },
    });
    const installed = await createRequirementsLookup(client, 7).load();
    expect([...installed.macros]).toEqual([['as_text', 505]]);
  });

  it('follows next_page on the same endpoint only', async () => {
    const client = new FakeZendeskClient();
    client.respond(
      (options) => options.url.startsWith(URL),
      { status: 200, body: { requirements: [item('first', 1, 'macros')], next_page: `https://acme.zendesk.com${URL}?page=2` } },
      { status: 200, body: { requirements: [item('second', 2, 'macros')], next_page: 'https://evil.example/api/v2/users' } },
    );
    const installed = await createRequirementsLookup(client, 7).load();
    expect([...installed.macros.keys()]).toEqual(['first', 'second']);
    expect(client.calls.request.map((call) => call.url)).toEqual([URL, `${URL}?page=2`]);
  });

  it('reads a 404 (local zcli), a failure or an unusable body as nothing installed, and does not ask again', async () => {
    for (const response of [{ status: 404 }, { status: 500 }, { status: 200, body: 'not json' }]) {
      const client = new FakeZendeskClient();
      client.respond(URL, response);
      const lookup = createRequirementsLookup(client, 7);
      expect((await lookup.load()).macros.size).toBe(0);
      expect(await lookup.requestTypeFieldId()).toBeNull();
      expect(client.calls.request).toHaveLength(1);
    }
  });

  it('makes no request without a usable installation id', async () => {
    for (const installationId of [undefined, null, 0, -1, 1.5, '7', Number.NaN]) {
      const client = new FakeZendeskClient();
      expect((await createRequirementsLookup(client, installationId).load()).macros.size).toBe(0);
      expect(client.calls.request).toEqual([]);
    }
  });
});
