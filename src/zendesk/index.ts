// The Zendesk layer's public API: the UI imports from here only.
export type * from './ZendeskClient';
export { connectToZendesk } from './connectToZendesk';
export { startTicketSession, type TicketSession } from './session/startTicketSession';
export { type PrepareRulebook } from './session/prepareSessionRulebook';
export { prepareSidebarRulebook } from './session/prepareSidebarRulebook';
export type { Connection, TicketRead } from './session/sessionState';
export { type SettingsProblem } from './readSettings';
export { resizeFrame } from './resizeFrame';
// The agent's actions load with their own chunk, after the first paint (loadZendeskActions.ts).
export {
  applyTriage,
  insertMacro,
  resolveRequestTypeFieldId,
  setReplyType,
  setTicketPriority,
  wouldMakeDraftPublic,
} from './lazyZendeskActions';
export { preloadZendeskActions } from './loadZendeskActions';
export type { InsertOutcome } from './insertMacro';
export type { ReplyType } from './readComposer';
export type { TriageOutcome } from './applyTriage';
export { registerSaveCheck, type SaveCheckState } from './registerSaveCheck';
