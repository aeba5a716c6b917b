import { describe, expect, it } from 'vitest';
import type { MacroDefinition } from '../../../src/rules/types';
import { createMacroCatalog } from '../../../src/zendesk/createMacroCatalog';
import { InsertError } from '../../../src/zendesk/errors';
import { insertMacro } from '../../../src/zendesk/insertMacro';
import { FakeZendeskClient, macroPages } from '../../fakes/FakeZendeskClient';

const askForLogs: MacroDefinition = {
  slug: 'ask_for_logs',
  title: 'Ask for logs',
  visibility: 'public',
  body: 'Could you send us the logs from the last hour?',
};
const routeToCe: MacroDefinition = {
  slug: 'route_to_ce',
  title: 'Route to CE',
  visibility: 'internal',
  body: 'No action for CS: route to the account CE.',
};

function clientWithMacros(macros: { id: number; title: string }[]) {
  const client = new FakeZendeskClient();
  client.respond('/api/v2/macros', ...macroPages([macros]));
  return client;
}

describe('insertMacro', () => {
  it("applies the account's macro with invoke('macro', id) when it exists", async () => {
    const client = clientWithMacros([{ id: 42, title: 'Triage::Ask for logs' }]);
    const outcome = await insertMacro(client, createMacroCatalog(client), askForLogs);

    expect(outcome).toEqual({ kind: 'macro', id: 42, priorityAfter: 'normal' });
    expect(client.calls.invoke).toEqual([{ name: 'macro', args: [42] }]);
    expect(client.calls.set).toEqual([]);
  });

  it('falls back to the composer: an empty draft takes an internal macro\'s visibility', async () => {
    const client = clientWithMacros([{ id: 1, title: 'Something else' }]);
    const outcome = await insertMacro(client, createMacroCatalog(client), routeToCe);

    expect(outcome).toEqual({ kind: 'composer', visibility: 'internal', addedTo: 'macro' });
    expect(client.state['ticket.comment']).toMatchObject({ type: 'internalNote', text: routeToCe.body });
    expect(client.calls.set).toEqual([{ 'ticket.comment.type': 'internalNote' }]);
    expect(client.calls.invoke).toEqual([{ name: 'ticket.comment.appendText', args: [routeToCe.body] }]);
  });

  it('falls back to the composer: an empty internal draft takes a public macro\'s visibility', async () => {
    const client = clientWithMacros([]);
    client.state['ticket.comment'] = { text: '<p><br></p>', type: 'internalNote' };
    const outcome = await insertMacro(client, createMacroCatalog(client), askForLogs);

    expect(outcome).toEqual({ kind: 'composer', visibility: 'public', addedTo: 'macro' });
    expect(client.calls.set).toEqual([{ 'ticket.comment.type': 'publicReply' }]);
    expect(client.calls.invoke).toEqual([{ name: 'ticket.comment.appendText', args: [askForLogs.body] }]);
  });

  it('throws InsertError with words for the agent when the macro cannot be applied, and works on retry', async () => {
    const client = clientWithMacros([{ id: 42, title: 'Ask for logs' }]);
    const catalog = createMacroCatalog(client);
    client.invokeFailures.macro = new Error('Timeout when invoking "invoke"');

    const failure = await insertMacro(client, catalog, askForLogs).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InsertError);
    expect((failure as InsertError).userMessage).toEqual({ key: 'ui.errors.macroApplyFailed', vars: { title: 'Ask for logs' } });
    expect((failure as InsertError).message).toContain('Ask for logs');

    delete client.invokeFailures.macro;
    expect(await insertMacro(client, catalog, askForLogs)).toEqual({ kind: 'macro', id: 42, priorityAfter: 'normal' });
  });

  it('throws InsertError when the macro list cannot be loaded (no silent fallback)', async () => {
    const client = new FakeZendeskClient();
    client.respond('/api/v2/macros', { status: 500 });
    const failure = await insertMacro(client, createMacroCatalog(client), askForLogs).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(InsertError);
    expect((failure as InsertError).userMessage).toEqual({ key: 'ui.errors.macroLookupFailed', vars: { detail: 'HTTP 500 Error' } });
    expect((failure as InsertError).message).toMatch(/macros.*HTTP 500/);
    expect(client.calls.invoke).toEqual([]);
  });

  it('throws InsertError when the composer refuses the text', async () => {
    const client = clientWithMacros([]);
    client.invokeFailures['ticket.comment.appendText'] = new Error('no composer');
    const failure = await insertMacro(client, createMacroCatalog(client), askForLogs).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InsertError);
    expect((failure as InsertError).userMessage).toEqual({ key: 'ui.errors.composerFailed' });
  });

  it('keeps the visibility of a draft with text: a public macro joins an internal note', async () => {
    const client = clientWithMacros([]);
    const note = 'Customer is on a renewal call, do not promise dates.';
    client.state['ticket.comment'] = { text: note, type: 'internalNote' };
    const outcome = await insertMacro(client, createMacroCatalog(client), askForLogs);

    expect(outcome).toEqual({ kind: 'composer', visibility: 'public', addedTo: 'internalNote' });
    expect(client.calls.set).toEqual([]);
    expect(client.state['ticket.comment']).toEqual({ text: `${note}\n\n${askForLogs.body}`, type: 'internalNote' });
  });

  it('leaves the draft exactly as it was when the append fails', async () => {
    const client = clientWithMacros([]);
    client.state['ticket.comment'] = { text: '', type: 'internalNote' };
    client.invokeFailures['ticket.comment.appendText'] = new Error('composer is busy');
    const failure = await insertMacro(client, createMacroCatalog(client), askForLogs).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(InsertError);
    // The empty draft was switched for the macro, then switched back.
    expect(client.calls.set).toEqual([{ 'ticket.comment.type': 'publicReply' }, { 'ticket.comment.type': 'internalNote' }]);
    expect(client.state['ticket.comment']).toEqual({ text: '', type: 'internalNote' });
  });

  it('reports an append that Zendesk answered with an error as a failure', async () => {
    const client = clientWithMacros([]);
    client.invoke = (name: string) =>
      Promise.resolve({ errors: { [name]: { name: 'InvocationError', message: 'not now', path: name } } });
    const failure = await insertMacro(client, createMacroCatalog(client), routeToCe).catch((error: unknown) => error);
    expect((failure as InsertError).userMessage).toEqual({ key: 'ui.errors.composerFailed' });
    expect(client.state['ticket.comment']).toMatchObject({ type: 'publicReply', text: '' });
  });

  it('adds nothing when the draft cannot be read', async () => {
    const client = clientWithMacros([]);
    client.pathErrors['ticket.comment'] = 'unavailable';
    const failure = await insertMacro(client, createMacroCatalog(client), askForLogs).catch((error: unknown) => error);
    expect((failure as InsertError).userMessage).toEqual({ key: 'ui.errors.composerReadFailed' });
    expect(client.calls.invoke).toEqual([]);
    expect(client.calls.set).toEqual([]);
  });
});
