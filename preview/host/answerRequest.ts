// Answers `client.request` from fixtures, the way Zendesk's proxy would: the macros list with cursor
// pagination, the installation's requirements, the open ticket's comments, the search for a
// customer's unsolved tickets, 429s with Retry-After, and failures, all chosen by the fault knobs.
// Any other endpoint answers 404. The macros list is answered only as Zendesk documents it: List
// Macros (`GET /api/v2/macros`) with its filters and cursor paging parameters. List Active Macros
// (`/api/v2/macros/active`) documents no paging parameters, so paging it is refused.
import type { Faults } from './Faults';
import { NO_RECORDS, type RestRecords } from './RestRecords';
import { searchTickets } from './searchTickets';
import { FIXTURE_MACROS, macroAsRest } from './fixtureMacros';
import { fixtureRequirements } from './fixtureRequirements';

/** `responseArgs` of `zaf.request:K.done` ([data, textStatus, xhr]) or `.fail` ([xhr, textStatus, error]). */
export type RequestAnswer = { outcome: 'done' | 'fail'; responseArgs: unknown[] };

const ORIGIN = 'https://preview.zendesk.com';

/** List Active Macros' documented query parameters: filters only, no paging. */
const ACTIVE_MACROS_PARAMETERS = ['access', 'category', 'group_id', 'include', 'sort_by', 'sort_order'];
/**
 * List Macros': its filters plus cursor paging (`page[size]`, `page[after]`, `page[before]`). Its
 * offset paging (`page`, `per_page`) is documented too but not modelled here, so it is refused
 * rather than answered wrongly.
 */
const LIST_MACROS_PARAMETERS = [
  ...ACTIVE_MACROS_PARAMETERS,
  'active',
  'only_viewable',
  'page[size]',
  'page[after]',
  'page[before]',
];

export function answerRequest(
  options: unknown,
  faults: Faults,
  records: RestRecords = NO_RECORDS,
): { answer: RequestAnswer; consumedRateLimit: boolean } {
  const url = typeof options === 'string' ? options : (options as { url?: unknown } | null)?.url;
  const method = String((options as { type?: unknown } | null)?.type ?? 'GET').toUpperCase();
  if (typeof url !== 'string') return { answer: failure(400, { error: 'No url' }), consumedRateLimit: false };

  if (faults.rateLimitNext > 0) {
    return {
      answer: failure(429, { error: 'TooManyRequests', description: 'Rate limit exceeded' }, {
        'Retry-After': String(faults.retryAfterSeconds),
      }),
      consumedRateLimit: true,
    };
  }
  if (faults.requestFails) return { answer: failure(500, { error: 'InternalError' }), consumedRateLimit: false };

  const parsed = new URL(url, ORIGIN);
  if (faults.failingEndpoints.some((prefix) => parsed.pathname.startsWith(prefix))) {
    return { answer: failure(500, { error: 'InternalError' }), consumedRateLimit: false };
  }
  // List Comments, with the authors sideloaded (`include=users`).
  const comments = /^\/api\/v2\/tickets\/(\d+)\/comments(\.json)?$/.exec(parsed.pathname);
  if (method === 'GET' && comments) {
    const found = records.comments(Number(comments[1]));
    if (!found) return { answer: failure(404, { error: 'RecordNotFound', description: 'Not found' }), consumedRateLimit: false };
    const withUsers = (parsed.searchParams.get('include') ?? '').split(',').includes('users');
    const body = withUsers ? found : { comments: found.comments };
    return { answer: success({ ...body, meta: { has_more: false, after_cursor: null, before_cursor: null }, links: { next: null, prev: null } }), consumedRateLimit: false };
  }
  if (method === 'GET' && /^\/api\/v2\/search(\.json)?$/.test(parsed.pathname)) {
    const found = searchTickets(parsed.searchParams, records.tickets());
    if (!found) return { answer: failure(400, { error: 'InvalidQuery', description: 'The preview understands only type:ticket status<solved organization:<id> or requester:<email>' }), consumedRateLimit: false };
    return { answer: success(found), consumedRateLimit: false };
  }
  if (method === 'GET' && /^\/api\/v2\/macros(\/active)?(\.json)?$/.test(parsed.pathname)) {
    const active = parsed.pathname.includes('/active');
    const unknown = [...parsed.searchParams.keys()].filter((name) => !(active ? ACTIVE_MACROS_PARAMETERS : LIST_MACROS_PARAMETERS).includes(name));
    if (unknown.length > 0) {
      return { answer: failure(400, { error: 'InvalidParameter', description: `Not a documented parameter: ${unknown.join(', ')}` }), consumedRateLimit: false };
    }
    return { answer: success(macrosPage(parsed, faults)), consumedRateLimit: false };
  }
  // The preview has one installation, so any installation id gets its requirements.
  if (method === 'GET' && !faults.noRequirements && /^\/api\/v2\/apps\/installations\/\d+\/requirements(\.json)?$/.test(parsed.pathname)) {
    return { answer: success(fixtureRequirements(faults.missingMacros)), consumedRateLimit: false };
  }
  return { answer: failure(404, { error: 'InvalidEndpoint', description: 'Not found' }), consumedRateLimit: false };
}

function macrosPage(url: URL, faults: Faults): Record<string, unknown> {
  // The fixture macros are all active; `active=false` asks for none of them.
  const inactiveOnly = url.searchParams.get('active') === 'false';
  const available = inactiveOnly ? [] : FIXTURE_MACROS.filter((macro) => macro.slug === null || !faults.missingMacros.includes(macro.slug));
  const asked = Number(url.searchParams.get('page[size]') ?? 100);
  const size = Math.max(1, Math.min(Number.isFinite(asked) ? asked : 100, 100, faults.macrosPageSize));
  const after = url.searchParams.get('page[after]');
  const start = after !== null && /^c\d+$/.test(after) ? Number(after.slice(1)) : 0;
  const page = available.slice(start, start + size);
  const hasMore = start + size < available.length;
  const nextCursor = hasMore ? `c${start + size}` : null;
  // Zendesk's `links.next` repeats the request's filters beside the cursor.
  const next = new URL(url.pathname, ORIGIN);
  for (const [name, value] of url.searchParams) if (!name.startsWith('page')) next.searchParams.set(name, value);
  next.searchParams.set('page[size]', String(size));
  if (nextCursor) next.searchParams.set('page[after]', nextCursor);
  return {
    macros: page.map((macro, index) => macroAsRest(macro, start + index + 1)),
    meta: { has_more: hasMore, after_cursor: nextCursor, before_cursor: start > 0 ? `c${start}` : null },
    links: { next: hasMore ? next.toString() : null, prev: null },
  };
}

function success(data: unknown): RequestAnswer {
  const xhr = { status: 200, statusText: 'OK', responseText: JSON.stringify(data), responseJSON: data, headers: {} };
  return { outcome: 'done', responseArgs: [data, 'success', xhr] };
}

function failure(status: number, body: unknown, headers: Record<string, string> = {}): RequestAnswer {
  const statusText = status === 429 ? 'Too Many Requests' : status === 404 ? 'Not Found' : 'Error';
  const xhr = { status, statusText, responseText: JSON.stringify(body), responseJSON: body, headers };
  return { outcome: 'fail', responseArgs: [xhr, 'error', statusText] };
}
