import { isRateLimited, retryAfterSeconds } from './retryAfter';
import type { ZendeskClient } from './ZendeskClient';

/** How long a 429 may hold us, whatever Retry-After says; the agent is waiting on a click. */
export const MAX_RETRY_WAIT_MS = 10_000;
const DEFAULT_RETRY_WAIT_MS = 2_000;

/** One GET; on a 429 it waits for Retry-After (bounded) and tries exactly once more. */
export async function requestOnceMore(client: ZendeskClient, url: string): Promise<unknown> {
  const get = () => client.request<unknown>({ url, type: 'GET', dataType: 'json' });
  try {
    return await get();
  } catch (failure) {
    if (!isRateLimited(failure)) throw failure;
    const seconds = retryAfterSeconds(failure);
    const waitMs = seconds === null ? DEFAULT_RETRY_WAIT_MS : Math.min(seconds * 1000, MAX_RETRY_WAIT_MS);
    await new Promise((resolve) => setTimeout(resolve, waitMs));
    return get();
  }
}
