import type { MacroDefinition } from '../rules/types';
import type { MacroCatalog } from './createMacroCatalog';
import { readComposer } from './readComposer';
import type { ZendeskClient } from './ZendeskClient';

/**
 * True when clicking Insert would make an internal draft public: the account has the macro, so
 * Zendesk applies it with its own behaviour, the macro is a public reply, and the agent's draft
 * is an internal note with text. The panel says so before the click. False when unsure.
 */
export async function wouldMakeDraftPublic(
  client: ZendeskClient,
  catalog: MacroCatalog,
  macro: Pick<MacroDefinition, 'title' | 'visibility'> & Partial<Pick<MacroDefinition, 'slug'>>,
): Promise<boolean> {
  if (macro.visibility !== 'public') return false;
  try {
    const draft = await readComposer(client);
    if (!draft.hasText || draft.type !== 'internalNote') return false;
    return (await catalog.idFor(macro)) !== null;
  } catch {
    return false;
  }
}
