// Types for the parts of the npm `zendesk_app_framework_sdk` 2.0.11 build we load. The package
// ships plain CommonJS without types; only connectToZendesk.ts imports it.
declare module 'zendesk_app_framework_sdk' {
  import type { ZendeskClient } from './ZendeskClient';
  const ZAFClient: {
    /** Reads `origin` and `app_guid` from document.location; false when either is missing. */
    init(callback?: (context: unknown) => void): ZendeskClient | false;
  };
  export default ZAFClient;
}

declare module 'zendesk_app_framework_sdk/lib/client' {
  import type { ZendeskClient } from './ZendeskClient';
  /** What `init()` builds once it has found the two parameters. */
  const Client: new (options: { origin: string; appGuid: string }) => ZendeskClient;
  export default Client;
}
