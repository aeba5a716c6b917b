import { PRIORITIES, type MacroDefinition, type Priority } from '../rules/types';
import type { MacroCatalog } from './createMacroCatalog';
import { describeError, InsertError, RateLimitError } from './errors';
import type { ZendeskClient } from './ZendeskClient';

export type InsertOutcome =
  | {
      kind: 'macro';
      id: number;
      /**
       * The ticket's priority right after the macro applied (a macro may set it), read so the
       * sidebar can tell it from the agent's own change; undefined when it could not be read.
       */
      priorityAfter: Priority | null | undefined;
    }
  | { kind: 'composer'; visibility: MacroDefinition['visibility'] };

/**
 * Applies a suggested macro. When the account has it, `invoke('macro', id)` loads its changes
 * into the open ticket like the macro menu does; otherwise our built-in text goes into the
 * composer as the macro's kind of comment. Nothing is saved: the agent reviews and submits.
 * Throws InsertError with words for the triager (a translation key); calling again retries.
 */
export async function insertMacro(
  client: ZendeskClient,
  catalog: MacroCatalog,
  macro: MacroDefinition,
): Promise<InsertOutcome> {
  let id: number | null;
  try {
    id = await catalog.idFor(macro);
  } catch (error) {
    if (error instanceof RateLimitError)
      throw new InsertError(error.userMessage, error.message, error);
    const detail = describeError(error);
    throw new InsertError(
      { key: 'ui.errors.macroLookupFailed', vars: { detail } },
      `Could not look up the account's macros (${detail}). Try again.`,
      error,
    );
  }

  if (id !== null) {
    try {
      await client.invoke('macro', id);
    } catch (error) {
      throw new InsertError(
        { key: 'ui.errors.macroApplyFailed', vars: { title: macro.title } },
        `Zendesk could not apply the macro "${macro.title}". Try again.`,
        error,
      );
    }
    return { kind: 'macro', id, priorityAfter: await readPriority(client) };
  }

  try {
    await client.set(
      'ticket.comment.type',
      macro.visibility === 'internal' ? 'internalNote' : 'publicReply',
    );
    await client.invoke('ticket.comment.appendText', macro.body);
  } catch (error) {
    throw new InsertError(
      { key: 'ui.errors.composerFailed' },
      'Could not add the text to the comment box. Try again.',
      error,
    );
  }
  return { kind: 'composer', visibility: macro.visibility };
}

/** The open ticket's priority; null when none is set, undefined when it could not be read. */
async function readPriority(client: ZendeskClient): Promise<Priority | null | undefined> {
  try {
    const result = await client.get(['ticket.priority']);
    if (result.errors?.['ticket.priority']) return undefined;
    const value = result['ticket.priority'];
    if (value === null || value === '' || value === '-') return null;
    return (PRIORITIES as readonly unknown[]).includes(value) ? (value as Priority) : undefined;
  } catch {
    return undefined;
  }
}
