// The Zendesk layer's public API: the UI imports from here only.
export type * from './ZendeskClient';
export { connectToZendesk, readFrameParams, type FrameLocation } from './connectToZendesk';
export { waitForZendesk } from './waitForZendesk';
export { ZendeskTimeoutError, TicketReadError, InsertError, describeError } from './errors';
