// `window.__zafHost`: what browser tests (and curious people in devtools) use to drive the host
// and read what the app did.
import type { Faults } from '../host/Faults';
import type { HostLogEntry } from '../host/HostLog';
import type { SaveOutcome } from '../host/ZafHost';
import type { ZafState } from '../host/zafStateFromSample';
import type { PreviewSession } from './PreviewSession';
import type { SampleTicket } from '../host/SampleTicket';

declare global {
  interface Window {
    __zafHost?: PreviewApi;
  }
}

export interface OpenOptions {
  /** Installation setting overrides on top of zcli's (e.g. `{ saveCheckMode: 'block' }`). */
  settings?: Record<string, unknown>;
  /** `currentUser.locale`, 'en' unless given. */
  locale?: string;
}

export interface PreviewApi {
  readonly log: HostLogEntry[];
  readonly counts: Record<string, number>;
  readonly subscriptions: Record<string, number>;
  readonly toasts: { message: string; kind: string }[];
  readonly frameHeight: number;
  readonly registered: boolean;
  /** The app was registered and Zendesk's initial change-event burst has been sent. */
  readonly loaded: boolean;
  readonly ticketIds: number[];
  /** Undocumented paths, actions and events the app used since the last call ("get ticket.foo"); clears the list. */
  takeUndocumented(): string[];
  emit(name: string, payload?: unknown): void;
  save(): Promise<SaveOutcome>;
  /** Agent edits of live fields, e.g. `{ tags: ['a'], priority: 'high' }`: fires their change events. */
  setTicket(patch: Record<string, unknown>): void;
  getTicket(): ZafState;
  /** A comment saved on the open ticket (customer follow-up, agent reply or note): fires `ticket.comments.changed`. */
  addComment(comment: { body: string; author: 'customer' | 'agent'; public?: boolean }): void;
  /** Tickets the app opened with `routeTo`. */
  readonly routedTo: number[];
  setFaults(patch: Partial<Faults>): void;
  resetFaults(): void;
  /** Opens a sample ticket (by id, or any ticket in the samples' shape) in a fresh app frame. */
  loadTicket(ticket: number | SampleTicket, options?: OpenOptions): void;
  reopen(): void;
  clearLog(): void;
}

export function createPreviewApi(session: PreviewSession, ticketIds: number[]): PreviewApi {
  const host = session.host;
  return {
    get log() {
      return host.log.entries;
    },
    get counts() {
      return host.log.counts;
    },
    get subscriptions() {
      return host.subscriptions;
    },
    get toasts() {
      return session.toasts;
    },
    get frameHeight() {
      return host.frameHeight;
    },
    get registered() {
      return host.registered;
    },
    get loaded() {
      return host.loaded;
    },
    ticketIds,
    takeUndocumented: () => host.undocumented.splice(0),
    emit: (name, payload) => host.emit(name, payload),
    save: () => session.save(),
    setTicket: (patch) => host.editTicket(patch),
    getTicket: () => session.store.snapshot(),
    addComment: (comment) => session.addComment(comment),
    get routedTo() {
      return session.routedTo;
    },
    setFaults: (patch) => session.setFaults(patch),
    resetFaults: () => session.resetFaults(),
    loadTicket: (ticket, options = {}) => {
      // Each call says everything: earlier overrides do not leak into the next ticket.
      session.settingsOverride = { ...(options.settings ?? {}) };
      session.locale = options.locale ?? 'en';
      host.log.clear();
      session.loadTicket(ticket);
    },
    reopen: () => session.reopen(),
    clearLog: () => host.log.clear(),
  };
}
