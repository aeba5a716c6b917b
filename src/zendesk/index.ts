// The Zendesk layer's public API: the UI imports from here only.
export type * from './ZendeskClient';
export { connectToZendesk } from './connectToZendesk';
export { startTicketSession, type TicketSession } from './session/startTicketSession';
export type { Connection, TicketRead } from './session/sessionState';
export { type SettingsProblem } from './readSettings';
export { resizeFrame } from './resizeFrame';
export { setTicketPriority } from './setTicketPriority';
export { insertMacro, type InsertOutcome } from './insertMacro';
export { type ReplyType } from './readComposer';
export { setReplyType } from './setReplyType';
export { wouldMakeDraftPublic } from './wouldMakeDraftPublic';
export { applyTriage, type TriageOutcome } from './applyTriage';
export { resolveRequestTypeFieldId } from './resolveRequestTypeFieldId';
export { registerSaveCheck, type SaveCheckState } from './registerSaveCheck';
