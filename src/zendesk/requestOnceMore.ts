import { RateLimitError } from './errors';
import { isRateLimited, retryAfterSeconds } from './retryAfter';
import type { ZendeskClient } from './ZendeskClient';

/** How long a 429 may hold us; the agent is waiting on a click. */
export const MAX_RETRY_WAIT_MS = 10_000;
const DEFAULT_RETRY_WAIT_MS = 2_000;

/**
 * One GET; on a 429 it waits for Retry-After and tries exactly once more. When Zendesk asks for
 * a longer wait than MAX_RETRY_WAIT_MS it does not retry at all (an early retry would almost
 * surely be refused again) and throws RateLimitError, so the agent is told when to try.
 */
export async function requestOnceMore(client: ZendeskClient, url: string): Promise<unknown> {
  const get = () => client.request<unknown>({ url, type: 'GET', dataType: 'json' });
  try {
    return await get();
  } catch (failure) {
    if (!isRateLimited(failure)) throw failure;
    const seconds = retryAfterSeconds(failure);
    if (seconds !== null && seconds * 1000 > MAX_RETRY_WAIT_MS) throw new RateLimitError(seconds);
    await new Promise((resolve) =>
      setTimeout(resolve, seconds === null ? DEFAULT_RETRY_WAIT_MS : seconds * 1000),
    );
    return get();
  }
}
