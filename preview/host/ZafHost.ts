// The host side of the ZAF wire protocol (zendesk-apps.md §2–§3), played against the real SDK
// bundled in the app: handshake and registration, get/set/invoke calls, REST requests, event
// subscriptions, `ticket.*.changed` events and the `ticket.save` hook with `needsReply`.
import { DEFAULT_FAULTS, type Faults } from './Faults';
import { HostLog } from './HostLog';
import { parseAppMessage } from './parseAppMessage';
import { performInvoke, type InvokeEffects } from './performInvoke';
import { answerRequest } from './answerRequest';
import { NO_RECORDS, type RestRecords } from './RestRecords';
import type { ChangeEvent, TicketStore } from './TicketStore';
import { changeEventName } from './TicketStore';
import { isDocumented, type ZafUse } from './documentedPaths';

export interface AppLaunch {
  /** The app's `assets/index.html` URL as zcli serves it. */
  appUrl: string;
  metadata: Record<string, unknown>;
  ticketId: number | null;
}

export interface SaveOutcome {
  allowed: boolean;
  /** `error.msg` of the reply when the app blocked the save. */
  message?: unknown;
  /** The raw `iframe.reply:ticket.save` object, as the app sent it. */
  reply?: unknown;
  timedOut?: boolean;
}

export interface HostEffects extends InvokeEffects {
  /** The ticket, composer or subscriptions changed: redraw. */
  changed(): void;
  /** The app blocked or allowed a save. */
  saved(outcome: SaveOutcome): void;
}

/** The events Zendesk fires on load for the fields an app typically watches (§6). */
const INITIAL_EVENT_PATHS = ['ticket.subject', 'ticket.priority', 'ticket.type', 'ticket.status', 'ticket.tags', 'ticket.requester.id'];
const SAVE_REPLY_TIMEOUT_MS = 10_000;

export class ZafHost {
  readonly log = new HostLog();
  faults: Faults = structuredClone(DEFAULT_FAULTS);
  /** Subscriber counts by event name, from `iframe.on:` / `iframe.off:`. */
  readonly subscriptions: Record<string, number> = {};
  frameHeight = 0;
  registered = false;
  /** True once the post-load `ticket.*.changed` burst went out: later events are agent edits. */
  loaded = false;
  /** Every undocumented path, action or event the app used ("get ticket.foo"), across loads. */
  readonly undocumented: string[] = [];
  /** `get` calls answered since the last load, for `getDelayTimes`. */
  private getsAnswered = 0;

  private frame: HTMLIFrameElement | null = null;
  private appOrigin = '';
  private appGuid = '';
  private launch: AppLaunch | null = null;
  private pendingSave: { promise: Promise<SaveOutcome>; resolve: (outcome: SaveOutcome) => void } | null = null;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(
    private readonly store: TicketStore,
    private readonly container: HTMLElement,
    private readonly effects: HostEffects,
    private readonly records: RestRecords = NO_RECORDS,
  ) {
    window.addEventListener('message', (event) => this.receive(event));
  }

  get guid(): string {
    return this.appGuid;
  }

  /** Loads the app in a fresh iframe, as Zendesk does when an agent opens a ticket. */
  load(launch: AppLaunch): HTMLIFrameElement {
    this.unload();
    this.launch = launch;
    this.appGuid = crypto.randomUUID();
    const url = new URL(launch.appUrl);
    this.appOrigin = url.origin;
    url.searchParams.set('origin', window.location.origin);
    url.searchParams.set('app_guid', this.appGuid);

    const frame = document.createElement('iframe');
    frame.title = 'Triage Assistant app';
    frame.name = 'app';
    frame.dataset.testid = 'app-frame';
    frame.src = url.toString();
    frame.style.height = '120px';
    this.frameHeight = 120;
    this.frame = frame;
    this.container.replaceChildren(frame);
    this.log.add('out', 'load', { url: frame.src });
    return frame;
  }

  /** Drops the current frame; messages from it are rejected from now on. */
  unload(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const key of Object.keys(this.subscriptions)) delete this.subscriptions[key];
    this.pendingSave?.resolve({ allowed: true, timedOut: true });
    this.pendingSave = null;
    this.registered = false;
    this.loaded = false;
    this.getsAnswered = 0;
    this.frame?.remove();
    this.frame = null;
  }

  /** Posts `zaf.<name>` to the app, as Zendesk does for every event. */
  emit(name: string, payload?: unknown): void {
    this.post({ key: `zaf.${name}`, message: payload }, `zaf.${name}`);
  }

  /** Applies agent edits ('subject', 'priority', 'tags', 'customField:custom_field_7' …) and fires their events. */
  editTicket(patch: Record<string, unknown>): void {
    const changes: ChangeEvent[] = [];
    for (const [field, value] of Object.entries(patch)) {
      const change = this.store.write(`ticket.${field}`, value);
      if (change) changes.push(change);
    }
    this.effects.changed();
    this.fire(changes);
  }

  /** Runs the `ticket.save` hook and resolves with the app's answer (§2.5). */
  save(): Promise<SaveOutcome> {
    if (this.pendingSave) return this.pendingSave.promise;
    let resolve: (outcome: SaveOutcome) => void = () => undefined;
    const promise = new Promise<SaveOutcome>((done) => (resolve = done));
    const pending = { promise, resolve };
    this.pendingSave = pending;
    const timer = setTimeout(() => this.settleSave({ allowed: true, timedOut: true }), SAVE_REPLY_TIMEOUT_MS);
    promise.then(() => clearTimeout(timer), () => clearTimeout(timer));
    this.post({ key: 'zaf.ticket.save', needsReply: true }, 'zaf.ticket.save');
    return promise;
  }

  private settleSave(outcome: SaveOutcome): void {
    const pending = this.pendingSave;
    if (!pending) return;
    this.pendingSave = null;
    pending.resolve(outcome);
    this.effects.saved(outcome);
  }

  private receive(event: MessageEvent): void {
    // Only the current app frame may talk to the host; anything else is logged and dropped.
    if (!this.frame || event.source !== this.frame.contentWindow || event.origin !== this.appOrigin) {
      this.log.add('rejected', 'foreign message', { origin: event.origin, data: event.data });
      return;
    }
    const message = parseAppMessage(event.data);
    switch (message.kind) {
      case 'invalid':
        this.log.add('rejected', 'invalid', { reason: message.reason, data: event.data });
        return;
      case 'reply':
        this.log.add('in', `reply:${message.event}`, message);
        if (message.event === 'ticket.save') {
          const reply = event.data as unknown;
          this.settleSave(message.error ? { allowed: false, message: message.error.msg, reply } : { allowed: true, reply });
        }
        return;
      case 'call':
        this.answerCall(message.id, message.request, message.params);
        return;
      case 'keyed':
        this.handleKeyed(message.key, message.message);
    }
  }

  private handleKeyed(key: string, payload: unknown): void {
    if (key === 'iframe.handshake') {
      this.log.add('in', 'handshake', payload);
      this.register();
    } else if (key.startsWith('iframe.on:') || key.startsWith('iframe.off:')) {
      const on = key.startsWith('iframe.on:');
      const name = key.slice(on ? 'iframe.on:'.length : 'iframe.off:'.length);
      if (on) this.checkDocumented('event', name);
      const count = Number((payload as { subscriberCount?: unknown } | null)?.subscriberCount ?? 0);
      this.subscriptions[name] = Number.isFinite(count) ? count : 0;
      if (this.subscriptions[name] === 0) delete this.subscriptions[name];
      this.log.add('in', `${on ? 'on' : 'off'}:${name}`, payload);
      this.effects.changed();
    } else if (/^request:\d+$/.test(key)) {
      this.answerRest(key, payload);
    } else if (key.startsWith('iframe.trigger:')) {
      this.log.add('in', key, payload);
      this.emit(key.slice('iframe.trigger:'.length), payload);
    } else {
      // `__track__`, `session.live` and anything else raw: logged and ignored, as §3 step 2 says.
      this.log.add('in', key, payload);
    }
  }

  private register(): void {
    if (this.faults.handshake === 'never' || !this.launch) return;
    const launch = this.launch;
    this.later(this.faults.handshakeDelayMs, () => {
      const context = {
        instanceGuid: this.appGuid,
        product: 'support',
        account: { subdomain: 'preview' },
        location: 'ticket_sidebar',
        ticketId: launch.ticketId,
      };
      this.post({ key: 'zaf.app.registered', message: { metadata: launch.metadata, context } }, 'zaf.app.registered');
      this.registered = true;
      this.effects.changed();
      // Zendesk fires the change events once more after loading a ticket; apps must be idempotent.
      // `noInitialEvents` plays a load after which no event comes at all.
      this.later(this.faults.initialEventsDelayMs, () => {
        if (this.faults.noInitialEvents) {
          this.loaded = true;
          this.effects.changed();
          return;
        }
        this.fire(
          INITIAL_EVENT_PATHS.map((path) => {
            const value = this.store.read(path);
            return { name: changeEventName(path), payload: value.ok ? value.value : null };
          }),
        );
        this.loaded = true;
        this.effects.changed();
      });
    });
  }

  private answerCall(id: number, request: 'get' | 'set' | 'invoke', params: unknown): void {
    const kind = request === 'invoke' ? `invoke:${Object.keys((params as object | null) ?? {}).join(',')}` : request;
    this.log.add('in', kind, { id, params });
    if (request === 'get') {
      const delayed = this.faults.getDelayTimes === 0 || this.getsAnswered < this.faults.getDelayTimes;
      this.getsAnswered += 1;
      this.later(delayed ? this.faults.getDelayMs : 0, () => this.answerGet(id, params));
    } else if (request === 'set') {
      this.answerSet(id, params);
    } else {
      this.answerInvoke(id, params);
    }
  }

  private answerGet(id: number, params: unknown): void {
    if (this.faults.getFails) {
      this.respond(id, { error: { name: 'APIError', message: 'The ticket could not be loaded' } });
      return;
    }
    if (this.faults.getGarbage) {
      this.respond(id, { result: 'garbage' });
      return;
    }
    const paths = Array.isArray(params) ? params.filter((path): path is string => typeof path === 'string') : [];
    const result: Record<string, unknown> = {};
    const errors: Record<string, unknown> = {};
    for (const path of paths) {
      const documented = this.checkDocumented('get', path);
      const injected = this.faults.getErrors[path];
      const value = injected === undefined && documented ? this.store.read(path) : { ok: false as const };
      if (value.ok) result[path] = withoutCustomFields(path, value.value);
      else errors[path] = { name: 'InvalidPath', message: injected ?? 'is not a valid path', path };
    }
    this.respond(id, { result: { errors, ...result } });
  }

  private answerSet(id: number, params: unknown): void {
    const values = params !== null && typeof params === 'object' ? (params as Record<string, unknown>) : {};
    const result: Record<string, unknown> = {};
    const errors: Record<string, unknown> = {};
    const changes: ChangeEvent[] = [];
    for (const [path, value] of Object.entries(values)) {
      const documented = this.checkDocumented('set', path);
      const injected = this.faults.setErrors[path];
      const change = injected === undefined && documented ? this.store.write(path, value) : null;
      if (change) {
        result[path] = value;
        changes.push(change);
      } else {
        errors[path] = { name: 'InvalidPath', message: injected ?? 'cannot be set', path };
      }
    }
    this.respond(id, { result: { errors, ...result } });
    this.effects.changed();
    this.fire(changes);
  }

  private answerInvoke(id: number, params: unknown): void {
    const actions = params !== null && typeof params === 'object' ? (params as Record<string, unknown>) : {};
    const errors: Record<string, unknown> = {};
    const changes: ChangeEvent[] = [];
    for (const [action, rawArgs] of Object.entries(actions)) {
      const args = Array.isArray(rawArgs) ? rawArgs : [rawArgs];
      const documented = this.checkDocumented('invoke', action);
      const injected = this.faults.invokeErrors[action] ?? (documented ? undefined : 'is not a documented action');
      const outcome =
        injected === undefined
          ? performInvoke(action, args, this.store, this.faults, this.effectsForInvoke())
          : { ok: false as const, message: injected };
      if (outcome.ok) changes.push(...outcome.changes);
      else errors[action] = { name: 'InvocationError', message: outcome.message, path: action };
    }
    this.respond(id, { result: { errors } });
    this.effects.changed();
    this.fire(changes);
  }

  private effectsForInvoke(): InvokeEffects {
    return {
      toast: (message, kind) => this.effects.toast(message, kind),
      resize: (height) => {
        this.frameHeight = height;
        if (this.frame) this.frame.style.height = `${height}px`;
        this.effects.resize(height);
      },
      route: (type, id) => this.effects.route(type, id),
    };
  }

  private answerRest(key: string, options: unknown): void {
    const url = typeof options === 'string' ? options : String((options as { url?: unknown } | null)?.url ?? '');
    const method = String((options as { type?: unknown } | null)?.type ?? 'GET').toUpperCase();
    this.log.add('in', `request:${method} ${url.replace(/^https?:\/\/[^/]+/, '').split('?')[0]}`, { key, options });
    const { answer, consumedRateLimit } = answerRequest(options, this.faults, this.records);
    if (consumedRateLimit) this.faults.rateLimitNext -= 1;
    this.later(this.faults.requestDelayMs, () => {
      this.post({ key: `zaf.${key}.${answer.outcome}`, message: { responseArgs: answer.responseArgs } }, `zaf.request.${answer.outcome}`);
    });
  }

  /** Records an undocumented use (logged as rejected, kept in `undocumented`); true when documented. */
  private checkDocumented(use: ZafUse, name: string): boolean {
    if (isDocumented(use, name)) return true;
    this.undocumented.push(`${use} ${name}`);
    this.log.add('rejected', `undocumented ${use}`, { name });
    return false;
  }

  private fire(changes: ChangeEvent[]): void {
    for (const change of changes) this.emit(change.name, change.payload);
  }

  private respond(id: number, body: Record<string, unknown>): void {
    this.post({ id, ...body }, 'response');
  }

  private post(message: Record<string, unknown>, kind: string): void {
    const target = this.frame?.contentWindow;
    if (!target) return;
    this.log.add('out', kind, message);
    target.postMessage(JSON.stringify(message), this.appOrigin);
  }

  private later(delayMs: number, action: () => void): void {
    if (delayMs <= 0) {
      action();
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      action();
    }, delayMs);
    this.timers.add(timer);
  }
}

/**
 * The organization and requester objects as `get` returns them: their custom fields are read one
 * by one (`…customField:<key>`), so the objects do not carry them (the store keeps them there).
 */
function withoutCustomFields(path: string, value: unknown): unknown {
  if (path !== 'ticket.organization' && path !== 'ticket.requester') return value;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !key.startsWith('customField:')));
}
