// The preview's Search API (`GET /api/v2/search.json`): only the query the app sends, a customer's
// unsolved tickets, `type:ticket status<solved organization:<id>` or `… requester:<email>`, sorted
// by `sort_by=created_at` and `sort_order`, paged by `per_page`.

const UNSOLVED = new Set(['new', 'open', 'pending', 'hold']);

export function searchTickets(params: URLSearchParams, tickets: Record<string, unknown>[]): Record<string, unknown> | null {
  const terms = (params.get('query') ?? '').trim().split(/\s+/);
  if (!terms.includes('type:ticket') || !terms.includes('status<solved')) return null;
  const organization = terms.find((term) => term.startsWith('organization:'))?.slice('organization:'.length);
  const requester = terms.find((term) => term.startsWith('requester:'))?.slice('requester:'.length);
  if ((organization === undefined) === (requester === undefined)) return null;
  const matches = tickets.filter((ticket) => {
    if (!UNSOLVED.has(String(ticket.status ?? 'new'))) return false;
    if (organization !== undefined) return String(ticket.organization_id) === organization;
    return typeof ticket.requester_email === 'string' && ticket.requester_email.toLowerCase() === requester?.toLowerCase();
  });
  const descending = params.get('sort_order') !== 'asc';
  const time = (ticket: Record<string, unknown>) => Date.parse(String(ticket.created_at ?? '')) || 0;
  matches.sort((a, b) => (descending ? time(b) - time(a) : time(a) - time(b)));
  const perPage = Math.min(100, Math.max(1, Number(params.get('per_page')) || 100));
  // The REST search result shape: no sideloads, and no address (the preview's own filter key).
  const results = matches.slice(0, perPage).map(({ requester_email: _email, ...ticket }) => ({ ...ticket, result_type: 'ticket' }));
  return { results, count: matches.length, next_page: null, previous_page: null, facets: null };
}
