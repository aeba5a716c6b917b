import { priorityOf } from '../rules/priority';
import type { MacroDefinition, Priority } from '../rules/types';
import type { MacroCatalog } from './createMacroCatalog';
import { describeError, InsertError, RateLimitError } from './errors';
import { readComposer, type ReplyType } from './readComposer';
import { throwOnCallErrors } from './throwOnCallErrors';
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
  | {
      kind: 'composer';
      visibility: MacroDefinition['visibility'];
      /**
       * Where the text went: `'macro'` when the draft was empty and took the macro's visibility,
       * else the visibility of the agent's draft, which the text joined and which was kept.
       */
      addedTo: 'macro' | ReplyType;
    };

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
 * into the open ticket like the macro menu does (Zendesk's own behaviour, visibility included);
 * otherwise our built-in text goes into the composer. Text into the composer respects the
 * agent's draft (writeToComposer). Nothing is saved: the agent reviews and submits.
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
      throwOnCallErrors(await client.invoke('macro', id), 'macro');
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
 * `text` into the composer, without changing what the agent wrote: an empty draft takes the
 * macro's visibility; a draft with text keeps its own, and the text joins it. When the append
 * fails, the draft is left exactly as it was (a visibility we set is set back). With
 * `withActions`, also the tags and status the installed macro would have set (the account's
 * macro is not used then).
 */
async function writeToComposer(
  client: ZendeskClient,
  macro: MacroDefinition,
  text: string,
  withActions: boolean,
): Promise<InsertOutcome> {
  const failed = (error: unknown) =>
    new InsertError(
      { key: 'ui.errors.composerFailed' },
      'Could not add the text to the comment box; the draft is as it was. Try again.',
      error,
    );
  let draft: Awaited<ReturnType<typeof readComposer>>;
  try {
    draft = await readComposer(client);
  } catch (error) {
    throw new InsertError(
      { key: 'ui.errors.composerReadFailed' },
      'Could not read the draft, so nothing was added. Try again.',
      error,
    );
  }
  const wanted: ReplyType = macro.visibility === 'internal' ? 'internalNote' : 'publicReply';
  const switching = !draft.hasText && draft.type !== wanted;
  if (switching) {
    try {
      throwOnCallErrors(await client.set('ticket.comment.type', wanted), 'ticket.comment.type');
    } catch (error) {
      await restoreType(client, draft.type);
      throw failed(error);
    }
  }
  try {
    const action = 'ticket.comment.appendText';
    throwOnCallErrors(await client.invoke(action, text), action);
  } catch (error) {
    if (switching) await restoreType(client, draft.type);
    throw failed(error);
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
  return {
    kind: 'composer',
    visibility: macro.visibility,
    addedTo: draft.hasText ? draft.type : 'macro',
  };
}

/** Best effort: the draft's visibility back as it was; the failure the agent sees is the append's. */
async function restoreType(client: ZendeskClient, type: ReplyType): Promise<void> {
  try {
    await client.set('ticket.comment.type', type);
  } catch {
    // Nothing more to do: the panel reports the failed insert.
  }
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
