import { priorityOf } from '../rules/priority';
import type { MacroDefinition, Priority } from '../rules/types';
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

export interface InsertOptions {
  /**
   * The text to write instead of the account's macro: the body with its slots filled, or in the
   * agent's language. Zendesk's macro would insert its own installed (neutral, untranslated) words,
   * so the sidebar writes this into the composer and adds the macro's tags and status itself.
   */
  text?: string;
}

/**
 * Applies a suggested macro. With `options.text`, that text goes into the composer (see
 * InsertOptions). Otherwise, when the account has it, `invoke('macro', id)` loads its changes
 * into the open ticket like the macro menu does; otherwise our built-in text goes into the
 * composer as the macro's kind of comment. Nothing is saved: the agent reviews and submits.
 * Throws InsertError with words for the triager (a translation key); calling again retries.
 */
export async function insertMacro(
  client: ZendeskClient,
  catalog: MacroCatalog,
  macro: MacroDefinition,
  options: InsertOptions = {},
): Promise<InsertOutcome> {
  if (options.text !== undefined) return writeToComposer(client, macro, options.text, true);
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

  return writeToComposer(client, macro, macro.body, false);
}

/**
 * The macro's kind of comment with `text` in the composer; with `withActions`, also the tags and
 * status the installed macro would have set (the account's macro is not used then).
 */
async function writeToComposer(
  client: ZendeskClient,
  macro: MacroDefinition,
  text: string,
  withActions: boolean,
): Promise<InsertOutcome> {
  try {
    await client.set(
      'ticket.comment.type',
      macro.visibility === 'internal' ? 'internalNote' : 'publicReply',
    );
    await client.invoke('ticket.comment.appendText', text);
  } catch (error) {
    throw new InsertError(
      { key: 'ui.errors.composerFailed' },
      'Could not add the text to the comment box. Try again.',
      error,
    );
  }
  if (withActions) {
    try {
      if (macro.tags !== undefined && macro.tags.length > 0) await client.invoke('ticket.tags.add', macro.tags);
      if (macro.status !== undefined) await client.set('ticket.status', macro.status);
    } catch (error) {
      throw new InsertError(
        { key: 'ui.errors.macroActionsFailed' },
        'The text was added, but the tags or status of the macro could not be set. Set them by hand.',
        error,
      );
    }
  }
  return { kind: 'composer', visibility: macro.visibility };
}

/** The open ticket's priority; null when none is set, undefined when it could not be read. */
async function readPriority(client: ZendeskClient): Promise<Priority | null | undefined> {
  try {
    const result = await client.get(['ticket.priority']);
    if (result.errors?.['ticket.priority']) return undefined;
    return priorityOf(result['ticket.priority']);
  } catch {
    return undefined;
  }
}
