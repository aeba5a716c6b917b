// The agent actions as the UI calls them: the same names and signatures as the implementations,
// which load with the actions' chunk (loadZendeskActions.ts) on the first call if the preload
// after the first paint has not brought them yet. A chunk that cannot be fetched fails the action
// the way any failed action does (a rejection with words for the agent), never the start-up.
import { loadZendeskActions, type ZendeskActions } from './loadZendeskActions';

type Action<Name extends keyof ZendeskActions> = ZendeskActions[Name];

export async function insertMacro(
  ...args: Parameters<Action<'insertMacro'>>
): ReturnType<Action<'insertMacro'>> {
  return (await loadZendeskActions()).insertMacro(...args);
}

export async function setTicketPriority(
  ...args: Parameters<Action<'setTicketPriority'>>
): ReturnType<Action<'setTicketPriority'>> {
  return (await loadZendeskActions()).setTicketPriority(...args);
}

export async function setReplyType(
  ...args: Parameters<Action<'setReplyType'>>
): ReturnType<Action<'setReplyType'>> {
  return (await loadZendeskActions()).setReplyType(...args);
}

export async function applyTriage(
  ...args: Parameters<Action<'applyTriage'>>
): ReturnType<Action<'applyTriage'>> {
  return (await loadZendeskActions()).applyTriage(...args);
}

/** False when unsure, as the implementation: a chunk that did not load is "unsure". */
export async function wouldMakeDraftPublic(
  ...args: Parameters<Action<'wouldMakeDraftPublic'>>
): ReturnType<Action<'wouldMakeDraftPublic'>> {
  try {
    return await (await loadZendeskActions()).wouldMakeDraftPublic(...args);
  } catch {
    return false;
  }
}

/** Never rejects, as the implementation: without the chunk, no field (Apply triage reports the failure). */
export async function resolveRequestTypeFieldId(
  ...args: Parameters<Action<'resolveRequestTypeFieldId'>>
): ReturnType<Action<'resolveRequestTypeFieldId'>> {
  try {
    return await (await loadZendeskActions()).resolveRequestTypeFieldId(...args);
  } catch {
    return null;
  }
}
