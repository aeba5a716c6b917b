// Ties the preview together: which sample ticket is open, the installation settings (zcli's, plus
// local overrides), the agent's locale, and (re)loading the app frame for them.
import { TicketStore } from '../host/TicketStore';
import { ZafHost, type SaveOutcome } from '../host/ZafHost';
import type { LocalApp } from '../host/readAppJson';
import type { SampleTicket } from '../host/SampleTicket';
import { organizationFieldKey, zafStateFromSample, type ZafState } from '../host/zafStateFromSample';
import { DEFAULT_FAULTS, type Faults } from '../host/Faults';
import type { RestComment, RestRecords } from '../host/RestRecords';
import { TicketView } from './TicketView';

export interface SessionOptions {
  app: LocalApp;
  samples: SampleTicket[];
  ticketView: HTMLElement;
  frameContainer: HTMLElement;
  onTicketChange(id: number): void;
}

export class PreviewSession {
  readonly host: ZafHost;
  readonly store: TicketStore;
  readonly view: TicketView;
  readonly toasts: { message: string; kind: string }[] = [];
  settingsOverride: Record<string, unknown> = {};
  locale = 'en';
  ticketId: number;
  /** Tickets the app opened with `routeTo`, in order. */
  readonly routedTo: number[] = [];
  /** What the sidebar's `ticket.comments` lacks, per comment id: the REST time and visibility. */
  private commentDetails = new Map<number, { created_at: string; public: boolean }>();
  private logTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: SessionOptions) {
    const first = options.samples[0];
    this.ticketId = first?.id ?? 0;
    this.store = new TicketStore(first ? zafStateFromSample(first) : zafStateFromSample({ id: 0 }));
    this.view = new TicketView(options.ticketView, {
      edit: (patch) => this.host.editTicket(patch),
      editAndReopen: (patch) => this.editAndReopen(patch),
      save: () => void this.save(),
    });
    this.host = new ZafHost(this.store, options.frameContainer, {
      changed: () => this.refresh(),
      toast: (message, kind) => {
        this.toasts.push({ message, kind });
        this.view.addToast(message, kind);
      },
      resize: () => undefined,
      saved: (outcome) => this.view.showSave(outcome),
      route: (_type, id) => {
        this.routedTo.push(id);
        // As the agent UI does: another ticket opens (after the app got its answer).
        if (this.sample(id)) setTimeout(() => this.loadTicket(id), 0);
      },
    }, this.records());
    if (first) this.rememberCommentDetails(first);
  }

  /** The REST side of the open ticket and the samples, for the comments and search endpoints. */
  private records(): RestRecords {
    return {
      comments: (ticketId) => (ticketId === this.ticketId ? this.restComments() : null),
      tickets: () =>
        this.options.samples.map((sample) => ({
          id: sample.id,
          subject: sample.subject ?? '',
          description: sample.description ?? '',
          status: sample.status ?? 'new',
          priority: sample.priority ?? null,
          type: sample.type ?? null,
          tags: sample.tags ?? [],
          created_at: sample.created_at ?? null,
          updated_at: sample.updated_at ?? null,
          organization_id: sample.organization?.id ?? sample.organization_id ?? null,
          requester_id: sample.requester_id ?? 5000 + sample.id,
          requester_email: sample.requester?.email ?? null,
        })),
    };
  }

  /** The open ticket's `ticket.comments` in the REST shape, with the authors' roles as `users`. */
  private restComments(): { comments: RestComment[]; users: { id: number; role: string }[] } {
    const listed = this.store.snapshot().ticket.comments;
    const comments: RestComment[] = [];
    const users = new Map<number, string>();
    for (const item of Array.isArray(listed) ? (listed as Record<string, unknown>[]) : []) {
      const id = Number(item.id);
      const author = (item.author ?? {}) as { id?: unknown; role?: unknown };
      const authorId = typeof author.id === 'number' ? author.id : null;
      if (authorId !== null && typeof author.role === 'string') users.set(authorId, author.role);
      const details = this.commentDetails.get(id);
      comments.push({
        id,
        author_id: authorId,
        public: details?.public ?? true,
        body: String(item.value ?? ''),
        created_at: details?.created_at ?? new Date(0).toISOString(),
        via: { channel: 'web' },
      });
    }
    return { comments, users: [...users].map(([id, role]) => ({ id, role })) };
  }

  private rememberCommentDetails(sample: SampleTicket): void {
    this.commentDetails = new Map();
    const created = sample.created_at ?? new Date().toISOString();
    const comments = sample.comments ?? [{ id: sample.id * 100, public: true, created_at: created }];
    comments.forEach((comment, index) => {
      this.commentDetails.set(comment.id ?? sample.id * 100 + index, {
        created_at: comment.created_at ?? created,
        public: comment.public ?? true,
      });
    });
  }

  /**
   * A comment added to the open ticket, as when someone saves a reply: the customer's follow-up,
   * or an agent's public reply or internal note. Fires `ticket.comments.changed`.
   */
  addComment(comment: { body: string; author: 'customer' | 'agent'; public?: boolean }): void {
    const ticket = this.store.snapshot().ticket;
    const listed = Array.isArray(ticket.comments) ? (ticket.comments as Record<string, unknown>[]) : [];
    const id = Math.max(this.ticketId * 100, ...listed.map((item) => Number(item.id) || 0)) + 1;
    const requester = (ticket.requester ?? {}) as { id?: unknown };
    const author = comment.author === 'customer' ? { id: requester.id ?? null, role: 'end-user' } : { id: 1, role: 'agent' };
    this.commentDetails.set(id, { created_at: new Date().toISOString(), public: comment.public ?? true });
    const added = { id, value: comment.body, author, via: { channel: 'web' }, imageAttachments: [], nonImageAttachments: [] };
    this.host.editTicket({ comments: [...listed, added] });
  }

  get settings(): Record<string, unknown> {
    return { ...(this.options.app.metadata.settings as Record<string, unknown>), ...this.settingsOverride };
  }

  sample(id: number): SampleTicket | undefined {
    return this.options.samples.find((candidate) => candidate.id === id);
  }

  /** Opens a sample ticket: fresh state, fresh app frame (as a new ticket tab in Zendesk). */
  loadTicket(ticket: number | SampleTicket): void {
    const sample = typeof ticket === 'number' ? this.sample(ticket) : ticket;
    if (!sample) throw new Error(`No sample ticket ${String(ticket)}`);
    const id = sample.id;
    this.ticketId = id;
    this.store.replace(zafStateFromSample(sample, this.locale));
    this.rememberCommentDetails(sample);
    this.toasts.length = 0;
    this.view.clearToasts();
    this.view.clearSave();
    this.options.onTicketChange(id);
    this.reopen();
  }

  /** Reloads the app frame for the current ticket state (settings or locale changed, or re-opened). */
  reopen(): void {
    const state = this.store.snapshot();
    state.currentUser.locale = this.locale;
    this.store.replace(state);
    this.host.load({
      appUrl: this.options.app.appUrl,
      metadata: { ...this.options.app.metadata, settings: this.settings },
      ticketId: typeof state.ticket.id === 'number' ? state.ticket.id : null,
    });
    this.refresh();
  }

  setFaults(patch: Partial<Faults>): void {
    this.host.faults = { ...this.host.faults, ...structuredClone(patch) };
  }

  resetFaults(): void {
    this.host.faults = structuredClone(DEFAULT_FAULTS);
  }

  save(): Promise<SaveOutcome> {
    this.view.clearSave();
    return this.host.save();
  }

  private editAndReopen(patch: { description?: string; requesterEmail?: string; plan?: string }): void {
    const state: ZafState = this.store.snapshot();
    const ticket = state.ticket;
    if (patch.description !== undefined) ticket.description = patch.description;
    if (patch.requesterEmail !== undefined) (ticket.requester as Record<string, unknown>).email = patch.requesterEmail;
    if (patch.plan !== undefined) {
      if (patch.plan === '') ticket.organization = null;
      else {
        const organization = (ticket.organization as Record<string, unknown> | null) ?? { id: 9999, name: 'Preview Org', tags: [] };
        organization[organizationFieldKey('support_plan')] = patch.plan;
        ticket.organization = organization;
      }
    }
    this.store.replace(state);
    this.reopen();
  }

  private refresh(): void {
    this.view.show(this.store.snapshot());
    // The log view is for people; redraw it at most a few times a second.
    if (this.logTimer === null) {
      this.logTimer = setTimeout(() => {
        this.logTimer = null;
        this.view.showLog(
          this.host.log.entries.slice(-60).map((entry) => `${entry.seq} ${entry.direction.padEnd(8)} ${entry.kind}`),
        );
      }, 250);
    }
  }
}
