// The fake's `ticket.save` decision must match the real SDK's, or save-check tests prove
// nothing. This runs both on the same handlers: the SDK's own `Utils.when` (what
// `postReplyWith` uses to answer `zaf.ticket.save`) and `FakeZendeskClient.triggerSave`.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain CommonJS without types; only this test reaches into the SDK's helpers.
import Utils from 'zendesk_app_framework_sdk/lib/utils';
import { registerSaveCheck } from '../../src/zendesk/registerSaveCheck';
import { FakeZendeskClient } from '../fakes/FakeZendeskClient';

type Hook = () => unknown;

const when = (Utils as { when: (items: Hook[]) => Promise<unknown> }).when;

/** The SDK's reply for these handlers, as `{allowed}` or `{allowed:false, message}` (error.msg). */
function sdkOutcome(handlers: Hook[]) {
  return when(handlers).then(
    () => ({ allowed: true }),
    (reason: unknown) => ({ allowed: false, message: reason instanceof Error ? reason.message : reason }),
  );
}

const cases: [string, Hook[]][] = [
  ['sync false', [() => false]],
  ['sync string', [() => 'stop']],
  ['sync Error', [() => new Error('bad priority')]],
  ['throws', [() => { throw new Error('thrown'); }]],
  ['async false (the trap)', [async () => false]],
  ['async string', [async () => 'ignored']],
  ['rejected promise', [() => Promise.reject(new Error('blocked'))]],
  ['async throw', [async () => { throw new Error('async thrown'); }]],
  ['sync true', [() => true]],
  ['undefined', [() => undefined]],
  ['one allows, one blocks', [() => true, () => Promise.reject(new Error('second'))]],
  ['no handlers', []],
];

describe('FakeZendeskClient.triggerSave', () => {
  it.each(cases)('decides like the SDK: %s', async (_name, handlers) => {
    const client = new FakeZendeskClient();
    for (const handler of handlers) client.on('ticket.save', handler);
    expect(await client.triggerSave()).toEqual(await sdkOutcome(handlers));
  });
});

describe('registerSaveCheck under the real SDK decision', () => {
  it('blocks with the message in block mode and allows when the priority matches', async () => {
    const hooks: Hook[] = [];
    const client = new FakeZendeskClient({ state: { 'ticket.priority': 'urgent' } });
    client.on = (event, handler) => {
      if (event === 'ticket.save') hooks.push(handler as Hook);
    };
    let suggested: 'normal' | 'urgent' = 'normal';
    registerSaveCheck(client, () => ({ mode: 'block', suggested }), (key) => key);

    expect(await sdkOutcome(hooks)).toEqual({ allowed: false, message: 'ui.saveCheck.blocked' });
    suggested = 'urgent';
    expect(await sdkOutcome(hooks)).toEqual({ allowed: true });
  });
});
