// Reading a rate-limit reply from `client.request`. A failed request rejects with an xhr-like
// object; how Zendesk serializes its headers is not documented, so several shapes are read.

/** True when a `client.request` rejection is an HTTP 429. */
export function isRateLimited(failure: unknown): boolean {
  return statusOf(failure) === 429;
}

function statusOf(failure: unknown): number | null {
  if (!failure || typeof failure !== 'object') return null;
  const status = (failure as { status?: unknown }).status;
  return typeof status === 'number' ? status : null;
}

/** Seconds from the `Retry-After` header, or null when absent or not a number of seconds. */
export function retryAfterSeconds(failure: unknown): number | null {
  if (!failure || typeof failure !== 'object') return null;
  const record = failure as Record<string, unknown>;
  let value: unknown;
  if (typeof record.getResponseHeader === 'function') {
    try {
      value = (record.getResponseHeader as (name: string) => unknown)('Retry-After');
    } catch {
      value = undefined;
    }
  }
  if (value === undefined || value === null) {
    const headers = record.headers ?? record.responseHeaders;
    if (headers && typeof headers === 'object') {
      for (const [name, headerValue] of Object.entries(headers)) {
        if (name.toLowerCase() === 'retry-after') value = headerValue;
      }
    } else if (typeof headers === 'string') {
      // A raw header block, as from getAllResponseHeaders().
      const line = headers.split(/\r?\n/).find((entry) => entry.toLowerCase().startsWith('retry-after:'));
      value = line?.slice(line.indexOf(':') + 1);
    }
  }
  const seconds = Number(typeof value === 'string' ? value.trim() : value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}
