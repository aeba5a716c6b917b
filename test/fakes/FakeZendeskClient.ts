// An in-memory stand-in for the ZAF client behind our port. It mimics what the real SDK and
// host do where our code depends on it: `get` with a string rejects on a per-path error while
// an array resolves with `errors`; events call every handler with the payload; the
// `ticket.save` hook decides exactly like the SDK (a resolved promise, whatever its value,
// allows; a rejection, a thrown error, a sync `false`/string/Error blocks).
import type {
  ZafContext,
  ZafGetResult,
  ZafHandler,
  ZafMetadata,
  ZafPathError,
  ZafRequestOptions,
  ZendeskClient,
} from '../../src/zendesk/ZendeskClient';

/** One scripted reply to `client.request`. */
export type FakeResponse =
  | { status: number; body?: unknown; headers?: Record<string, string>; delayMs?: number }
  | { pending: true };

export interface FakeRoute {
  matches: (options: ZafRequestOptions) => boolean;
  /** Used in order; the last one repeats. */
  responses: FakeResponse[];
}

export type SaveOutcome = { allowed: true } | { allowed: false; message: unknown };

export interface FakeZendeskOptions {
  /** Path → value, e.g. { 'ticket.subject': 'Help' }. Nested paths read through objects. */
  state?: Record<string, unknown>;
  context?: ZafContext;
  metadata?: ZafMetadata;
  /** Settings merged into the default metadata. */
  settings?: Record<string, unknown>;
  /** When false, context()/metadata() never resolve (a host that never registers). */
  registers?: boolean;
  /** When true (default), `set('ticket.x', v)` emits `ticket.x.changed` as Zendesk does. */
  emitChangesOnSet?: boolean;
}

export const DEFAULT_TICKET_STATE: Readonly<Record<string, unknown>> = {
  'ticket.id': 1001,
  'ticket.subject': 'Login page shows an error',
  'ticket.description': 'Since this morning our users cannot log in. The page shows error 500.',
  'ticket.priority': 'normal',
  'ticket.status': 'open',
  'ticket.type': 'problem',
  'ticket.tags': [],
  'ticket.via': { channel: 'email', source: { from: {}, to: {} } },
  'ticket.createdAt': '2024-05-01T09:00:00Z',
  'ticket.updatedAt': '2024-05-01T09:05:00Z',
  'ticket.recipient': 'support@example.com',
  'ticket.requester': { id: 501, name: 'Dana Customer', email: 'dana@customer.example', role: 'end-user' },
  'ticket.organization': {
    id: 9001,
    name: 'Customer Inc',
    tags: [],
    // Organization custom fields by key, as ZAF's Organization object documents them
    // (`ticket.organization.customField:<key>`).
    'customField:support_plan': 'premium',
    'customField:deployment': 'cloud',
    'customField:customer_engineer': null,
  },
  'ticket.comments': [],
  'ticket.comment': { text: '', type: 'publicReply', attachments: [], useRichText: true },
  currentUser: { id: 7, name: 'Tri Ager', locale: 'en-US' },
};

export const DEFAULT_CONTEXT: ZafContext = {
  instanceGuid: 'fake-instance-guid',
  product: 'support',
  account: { subdomain: 'fake' },
  location: 'ticket_sidebar',
  ticketId: 1001,
};

const pathError = (path: string, message: string): ZafPathError => ({ name: 'Error', message, path });

export class FakeZendeskClient implements ZendeskClient {
  /** The editable host state, path → value. */
  state: Record<string, unknown>;
  /** Per-path errors reported by `get` (and `set`), path → message. */
  pathErrors: Record<string, string> = {};
  /** When set, every `get` rejects with it (a whole-call failure). */
  getFailure: Error | null = null;
  /** Action name → error: `invoke(name, …)` rejects with it. */
  invokeFailures: Record<string, Error> = {};
  /** When set, every `set` rejects with it. */
  setFailure: Error | null = null;
  contextValue: ZafContext;
  metadataValue: ZafMetadata;
  registers: boolean;
  emitChangesOnSet: boolean;
  readonly routes: FakeRoute[] = [];
  readonly calls = {
    get: [] as string[][],
    set: [] as Record<string, unknown>[],
    invoke: [] as { name: string; args: unknown[] }[],
    request: [] as ZafRequestOptions[],
    on: [] as string[],
    off: [] as string[],
  };
  private readonly handlers = new Map<string, ZafHandler[]>();

  constructor(options: FakeZendeskOptions = {}) {
    this.state = { ...structuredClone(DEFAULT_TICKET_STATE), ...options.state };
    this.contextValue = options.context ?? { ...DEFAULT_CONTEXT };
    this.metadataValue = options.metadata ?? {
      appId: 0,
      installationId: 1,
      name: 'Triage Assistant',
      version: '0.1.0',
      settings: { ...options.settings },
    };
    this.registers = options.registers ?? true;
    this.emitChangesOnSet = options.emitChangesOnSet ?? true;
  }

  // ---- the port --------------------------------------------------------------------------

  get(paths: string | string[]): Promise<ZafGetResult> {
    const list = Array.isArray(paths) ? [...paths] : [paths];
    this.calls.get.push(list);
    if (this.getFailure) return Promise.reject(this.getFailure);
    const result: ZafGetResult = { errors: {} };
    for (const path of list) {
      const message = this.pathErrors[path];
      const found = this.read(path);
      if (message !== undefined) result.errors![path] = pathError(path, message);
      else if (!found.ok) result.errors![path] = pathError(path, 'Could not find path');
      else result[path] = structuredClone(found.value);
    }
    // Like the SDK: a one-string call rejects on its path error.
    if (typeof paths === 'string' && result.errors![paths]) {
      const error = new Error(`"${paths}" ${result.errors![paths].message}`);
      return Promise.reject(error);
    }
    return Promise.resolve(result);
  }

  set(pathOrValues: string | Record<string, unknown>, value?: unknown): Promise<ZafGetResult> {
    const values = typeof pathOrValues === 'string' ? { [pathOrValues]: value } : { ...pathOrValues };
    this.calls.set.push(values);
    if (this.setFailure) return Promise.reject(this.setFailure);
    const result: ZafGetResult = { errors: {} };
    for (const [path, next] of Object.entries(values)) {
      const message = this.pathErrors[path];
      if (message !== undefined) {
        result.errors![path] = pathError(path, message);
        continue;
      }
      this.write(path, next);
      result[path] = next;
    }
    if (typeof pathOrValues === 'string' && result.errors![pathOrValues]) {
      return Promise.reject(new Error(`"${pathOrValues}" ${result.errors![pathOrValues].message}`));
    }
    if (this.emitChangesOnSet) {
      for (const path of Object.keys(values)) {
        if (path.startsWith('ticket.') && !result.errors![path]) this.emit(`${path}.changed`, values[path]);
      }
    }
    return Promise.resolve(result);
  }

  invoke(name: string, ...args: unknown[]): Promise<unknown> {
    this.calls.invoke.push({ name, args });
    const failure = this.invokeFailures[name];
    if (failure) return Promise.reject(failure);
    if (name === 'ticket.tags.add' || name === 'ticket.tags.remove') this.editTags(name, args[0]);
    if (name === 'ticket.comment.appendText') this.appendToComposer(String(args[0] ?? ''));
    return Promise.resolve({ errors: {} });
  }

  /** The composer (`ticket.comment`) is one object, as in ZAF: its `.text`/`.type` paths write into it. */
  private write(path: string, value: unknown): void {
    const composer = this.state['ticket.comment'];
    const key = path.startsWith('ticket.comment.') ? path.slice('ticket.comment.'.length) : null;
    if (key && composer && typeof composer === 'object') (composer as Record<string, unknown>)[key] = value;
    else this.state[path] = value;
  }

  private appendToComposer(text: string): void {
    const composer = this.state['ticket.comment'] as { text?: unknown } | undefined;
    if (!composer || typeof composer !== 'object') return;
    const before = typeof composer.text === 'string' ? composer.text : '';
    composer.text = before === '' ? text : `${before}\n\n${text}`;
  }

  /** Like the agent UI (zendesk-apps.md §3.5): tag edits change `ticket.tags` and fire `ticket.tags.changed`. */
  private editTags(name: string, value: unknown): void {
    const tags = (Array.isArray(value) ? value : [value]).filter((tag): tag is string => typeof tag === 'string');
    const current = Array.isArray(this.state['ticket.tags']) ? (this.state['ticket.tags'] as string[]) : [];
    const next =
      name === 'ticket.tags.add'
        ? [...current, ...tags.filter((tag, index) => !current.includes(tag) && tags.indexOf(tag) === index)]
        : current.filter((tag) => !tags.includes(tag));
    if (next.length === current.length && next.every((tag, index) => tag === current[index])) return;
    this.state['ticket.tags'] = next;
    if (this.emitChangesOnSet) this.emit('ticket.tags.changed', next);
  }

  request<T = unknown>(options: ZafRequestOptions | string): Promise<T> {
    const normalized: ZafRequestOptions = typeof options === 'string' ? { url: options } : { ...options };
    this.calls.request.push(normalized);
    const route = this.routes.find((candidate) => candidate.matches(normalized));
    if (!route) {
      return Promise.reject(failureBody({ status: 404, body: { error: 'RecordNotFound' } }));
    }
    const response = route.responses.length > 1 ? route.responses.shift()! : route.responses[0];
    if (!response || 'pending' in response) return new Promise<T>(() => {});
    const settle = (): Promise<T> =>
      response.status >= 200 && response.status < 300
        ? Promise.resolve(
            (normalized.httpCompleteResponse
              ? { status: response.status, responseJSON: response.body, responseText: JSON.stringify(response.body), headers: response.headers ?? {} }
              : structuredClone(response.body)) as T,
          )
        : Promise.reject(failureBody(response));
    if (!response.delayMs) return settle();
    return new Promise<T>((resolve, reject) => {
      setTimeout(() => settle().then(resolve, reject), response.delayMs);
    });
  }

  on(event: string, handler: ZafHandler): void {
    this.calls.on.push(event);
    const list = this.handlers.get(event) ?? [];
    list.push(handler);
    this.handlers.set(event, list);
  }

  off(event: string, handler: ZafHandler): void {
    this.calls.off.push(event);
    const list = this.handlers.get(event) ?? [];
    const index = list.indexOf(handler);
    if (index !== -1) list.splice(index, 1);
  }

  context(): Promise<ZafContext> {
    return this.registers ? Promise.resolve(structuredClone(this.contextValue)) : new Promise(() => {});
  }

  metadata(): Promise<ZafMetadata> {
    return this.registers ? Promise.resolve(structuredClone(this.metadataValue)) : new Promise(() => {});
  }

  // ---- test controls ---------------------------------------------------------------------

  /** Calls every handler of `event` with `payload`, as the SDK does for `zaf.<event>`. */
  emit(event: string, payload?: unknown): void {
    for (const handler of [...(this.handlers.get(event) ?? [])]) handler(payload);
  }

  /** How many handlers are subscribed to `event` now. */
  subscriberCount(event: string): number {
    return this.handlers.get(event)?.length ?? 0;
  }

  /** Merges a patch into the state (no events; call `emit` to announce a change). */
  setTicket(patch: Record<string, unknown>): void {
    Object.assign(this.state, patch);
  }

  /** Scripts replies to requests whose URL starts with `urlPrefix` (or that `matches` accepts). */
  respond(match: string | ((options: ZafRequestOptions) => boolean), ...responses: FakeResponse[]): void {
    const matches =
      typeof match === 'string' ? (options: ZafRequestOptions) => options.url.startsWith(match) : match;
    this.routes.unshift({ matches, responses });
  }

  /**
   * Runs the `ticket.save` hook like the SDK's `Utils.when`: the first rejection decides (block
   * with its message); otherwise it waits for every handler and allows.
   */
  triggerSave(): Promise<SaveOutcome> {
    const handlers = [...(this.handlers.get('ticket.save') ?? [])];
    const shouldReject = (value: unknown) =>
      value === false || value instanceof Error || typeof value === 'string';
    const outcomes = handlers.map((handler) => {
      try {
        const value = handler();
        if (isThenable(value)) return Promise.resolve(value);
        return shouldReject(value) ? Promise.reject(value) : Promise.resolve(value);
      } catch (error) {
        return Promise.reject(error);
      }
    });
    return Promise.all(outcomes).then(
      (): SaveOutcome => ({ allowed: true }),
      (reason: unknown): SaveOutcome => ({
        allowed: false,
        message: reason instanceof Error ? reason.message : reason,
      }),
    );
  }

  private read(path: string): { ok: true; value: unknown } | { ok: false } {
    if (Object.prototype.hasOwnProperty.call(this.state, path)) return { ok: true, value: this.state[path] };
    // Walk into objects: 'currentUser.locale' reads state['currentUser'].locale.
    const parts = path.split('.');
    for (let cut = parts.length - 1; cut > 0; cut--) {
      const base = parts.slice(0, cut).join('.');
      if (!Object.prototype.hasOwnProperty.call(this.state, base)) continue;
      let value: unknown = this.state[base];
      for (const key of parts.slice(cut)) {
        if (value === null || typeof value !== 'object' || !(key in value)) return { ok: false };
        value = (value as Record<string, unknown>)[key];
      }
      return { ok: true, value };
    }
    return { ok: false };
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    value !== null &&
    (typeof value === 'object' || typeof value === 'function') &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

/** The xhr-like object a failed `client.request` rejects with (serializable, as over postMessage). */
function failureBody(response: { status: number; body?: unknown; headers?: Record<string, string> }) {
  return {
    status: response.status,
    statusText: response.status === 429 ? 'Too Many Requests' : 'Error',
    responseText: response.body === undefined ? '' : JSON.stringify(response.body),
    responseJSON: response.body,
    headers: response.headers ?? {},
  };
}

/** Cursor-paginated macro pages as Zendesk returns them from /api/v2/macros (List Macros). */
export function macroPages(titlesPerPage: { id: number; title: string }[][]): FakeResponse[] {
  return titlesPerPage.map((macros, index) => {
    const hasMore = index < titlesPerPage.length - 1;
    const after = hasMore ? `cursor-${index + 1}` : null;
    return {
      status: 200,
      body: {
        macros: macros.map((macro) => ({ ...macro, active: true, actions: [] })),
        meta: { has_more: hasMore, after_cursor: after, before_cursor: null },
        links: {
          next: hasMore ? `https://fake.zendesk.com/api/v2/macros?active=true&only_viewable=true&page%5Bafter%5D=${after}&page%5Bsize%5D=100` : null,
          prev: null,
        },
      },
    };
  });
}
