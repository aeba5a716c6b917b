// The next page of a Zendesk list, for every list the app pages through (macros, requirements).
// Zendesk paginates two ways: cursor (`meta.has_more` with `links.next`) and offset (`next_page`).

/**
 * The next page's URL, relative, or null on the last page. A link is reduced to its path and
 * query, so the request stays on the agent's own account whatever host the link names, and
 * a path outside `allowedPathPrefix` (after resolving `..`) stops paging.
 */
export function nextPageUrl(body: unknown, allowedPathPrefix: string): string | null {
  if (!body || typeof body !== 'object') return null;
  const record = body as Record<string, unknown>;
  const meta = asRecord(record.meta);
  if (meta?.has_more === false) return null;
  const linked = asRecord(record.links)?.next;
  const next = typeof linked === 'string' && linked !== '' ? linked : record.next_page;
  if (typeof next !== 'string' || next === '') return null;
  try {
    const parsed = new URL(next, 'https://placeholder.invalid');
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    return parsed.pathname.startsWith(allowedPathPrefix)
      ? `${parsed.pathname}${parsed.search}`
      : null;
  } catch {
    return null;
  }
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
}
