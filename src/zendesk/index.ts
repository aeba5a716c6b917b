// The Zendesk layer's public API: the UI imports from here only.
export type * from './ZendeskClient';
export { connectToZendesk, readFrameParams, type FrameLocation } from './connectToZendesk';
export { waitForZendesk } from './waitForZendesk';
export {
  ZendeskTimeoutError,
  TicketReadError,
  RateLimitError,
  InsertError,
  ApplyTriageError,
  describeError,
  readableError,
  userMessageOf,
  type UserMessage,
} from './errors';
export {
  readSettings,
  SAVE_CHECK_MODES,
  SETTING_DEFAULTS,
  type AppSettings,
  type SaveCheckMode,
  type SettingsProblem,
} from './readSettings';
export { readTicket, ticketPaths } from './readTicket';
export { isAlreadyRead, type TicketValues } from './isAlreadyRead';
export { watchTicket, WATCHED_TICKET_EVENTS, type TicketChange } from './watchTicket';
export { collectTicketChanges } from './collectTicketChanges';
export { readUserLocale } from './readUserLocale';
export { resizeFrame } from './resizeFrame';
export { notify, type NotifyKind } from './notify';
export { setTicketPriority } from './setTicketPriority';
export {
  createMacroCatalog,
  MACROS_URL,
  MACRO_TITLE_PREFIX,
  type MacroCatalog,
} from './createMacroCatalog';
export { insertMacro, type InsertOutcome } from './insertMacro';
export {
  createRequirementsLookup,
  requirementsUrl,
  type InstalledRequirements,
  type RequirementsLookup,
} from './createRequirementsLookup';
export {
  applyTriage,
  type TriageWrite,
  type TriageOutcome,
  type FieldOutcome,
} from './applyTriage';
export { resolveRequestTypeFieldId } from './resolveRequestTypeFieldId';
export {
  registerSaveCheck,
  SAVE_CHECK_BUDGET_MS,
  type SaveCheckState,
  type Translate,
} from './registerSaveCheck';
