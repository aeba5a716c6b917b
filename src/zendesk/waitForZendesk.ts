import { ZendeskTimeoutError } from './errors';
import type { ZafContext, ZafMetadata, ZendeskClient } from './ZendeskClient';

export interface Registration {
  context: ZafContext;
  metadata: ZafMetadata;
}

/**
 * Resolves once the host has registered the app. It awaits `client.context()` and
 * `client.metadata()`, which resolve from the SDK's cache even when `app.registered` fired
 * before we asked; a late `app.registered` listener would wait forever in that case.
 * After `timeoutMs` it rejects with ZendeskTimeoutError, whose `registration` still waits: a
 * registration that comes later can still bring the panel up.
 */
export function waitForZendesk(client: ZendeskClient, timeoutMs = 10_000): Promise<Registration> {
  const registration = Promise.all([client.context(), client.metadata()]).then(
    ([context, metadata]): Registration => ({ context: context ?? {}, metadata: metadata ?? {} }),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new ZendeskTimeoutError(timeoutMs, registration)),
      timeoutMs,
    );
    registration.then(
      (registered) => {
        clearTimeout(timer);
        resolve(registered);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
