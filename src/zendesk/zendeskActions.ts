// What the sidebar does on an agent's action (and the lookups those actions need), in ONE chunk
// fetched right after the first paint (loadZendeskActions.ts): none of it runs before then.
export { insertMacro } from './insertMacro';
export { setTicketPriority } from './setTicketPriority';
export { setReplyType } from './setReplyType';
export { wouldMakeDraftPublic } from './wouldMakeDraftPublic';
export { applyTriage } from './applyTriage';
export { resolveRequestTypeFieldId } from './resolveRequestTypeFieldId';
export { createMacroCatalog } from './createMacroCatalog';
export { createRequirementsLookup } from './createRequirementsLookup';
