import { throwOnCallErrors } from './throwOnCallErrors';
import type { ReplyType } from './readComposer';
import type { ZendeskClient } from './ZendeskClient';

/** Switches the draft between public reply and internal note, when the agent asks. Rejects on failure. */
export async function setReplyType(client: ZendeskClient, type: ReplyType): Promise<void> {
  throwOnCallErrors(await client.set('ticket.comment.type', type), 'ticket.comment.type');
}
