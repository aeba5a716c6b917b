// The offline fallback: npm `zendesk_app_framework_sdk` 2.0.11, bundled. connectToZendesk loads
// this chunk only when Zendesk's CDN build did not arrive (the local preview without network),
// so it adds nothing to the start-up of a real account. This copy times calls out after 5 s
// and resolves them with a plain `{name: 'TimeoutError'}` object; the client port checks for it.
import Client from 'zendesk_app_framework_sdk/lib/client';
import type { ZendeskClient } from './ZendeskClient';

/** Builds the client exactly as the SDK's `init()` does once it has the two frame parameters. */
export function createBundledClient(params: { origin: string; appGuid: string }): ZendeskClient {
  return new Client(params);
}
