import { ZendeskTimeoutError } from './errors';
import type { ZafContext, ZafMetadata, ZendeskClient } from './ZendeskClient';

/**
 * Resolves once the host has registered the app. It awaits `client.context()` and
 * `client.metadata()`, which resolve from the SDK's cache even when `app.registered` fired
 * before we asked; a late `app.registered` listener would wait forever in that case.
 */
export function waitForZendesk(
  client: ZendeskClient,
  timeoutMs = 10_000,
): Promise<{ context: ZafContext; metadata: ZafMetadata }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new ZendeskTimeoutError(timeoutMs)), timeoutMs);
    Promise.all([client.context(), client.metadata()]).then(
      ([context, metadata]) => {
        clearTimeout(timer);
        resolve({ context: context ?? {}, metadata: metadata ?? {} });
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
