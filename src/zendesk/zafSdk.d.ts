// Types for the two SDK builds we run on. In a real account: the build Zendesk serves from its
// CDN, which index.html loads before the app (global `ZAFClient`). Offline, when that script did
// not arrive: the npm `zendesk_app_framework_sdk` 2.0.11 copy, plain CommonJS without types,
// bundled in a lazy chunk (bundledZafSdk.ts). Only src/zendesk/loadZafSdk.ts uses them.

interface Window {
  /** Set by Zendesk's CDN script (index.html); absent when it did not load. */
  ZAFClient?: {
    /** Reads `origin` and `app_guid` from `location` (default: the page's); false when either is missing. */
    init(
      callback?: (context: unknown) => void,
      location?: { search: string; hash: string },
    ): import('./ZendeskClient').ZendeskClient | false;
  };
}

declare module 'zendesk_app_framework_sdk/lib/client' {
  import type { ZendeskClient } from './ZendeskClient';
  /** What `init()` builds once it has found the two parameters. */
  const Client: new (options: { origin: string; appGuid: string }) => ZendeskClient;
  export default Client;
}
