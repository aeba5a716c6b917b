// The agent's draft in the ticket's comment box (ZAF `ticket.comment`: `.text`, `.type`), read
// before the app writes into it, so a write never changes what the agent wrote without their say.
import type { ZendeskClient } from './ZendeskClient';

export type ReplyType = 'publicReply' | 'internalNote';

export interface Composer {
  /** The draft's visibility; Zendesk's default, a public reply, when it says nothing usable. */
  type: ReplyType;
  /** True when the draft holds any visible text (rich-text markup alone does not count). */
  hasText: boolean;
}

/** Reads the composer; rejects when Zendesk could not say what the draft holds. */
export async function readComposer(client: ZendeskClient): Promise<Composer> {
  const result = await client.get(['ticket.comment']);
  const failure = result.errors?.['ticket.comment'];
  if (failure) throw new Error(`"ticket.comment" ${failure.message}`);
  const comment = result['ticket.comment'];
  if (!comment || typeof comment !== 'object') throw new Error('Zendesk answered without the comment box');
  const { text, type } = comment as Record<string, unknown>;
  if (typeof text !== 'string' && text !== null && text !== undefined)
    throw new Error('Zendesk answered with an unreadable draft');
  return {
    type: type === 'internalNote' ? 'internalNote' : 'publicReply',
    hasText: visibleText(typeof text === 'string' ? text : '') !== '',
  };
}

/** The draft without markup, entities for spaces and whitespace. */
function visibleText(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;|&#160;|\u00a0/gi, ' ')
    .trim();
}
