// Ties the preview together: which sample ticket is open, the installation settings (zcli's, plus
// local overrides), the agent's locale, and (re)loading the app frame for them.
import { TicketStore } from '../host/TicketStore';
import { ZafHost, type SaveOutcome } from '../host/ZafHost';
import type { LocalApp } from '../host/readAppJson';
import type { SampleTicket } from '../host/SampleTicket';
import { organizationFieldKey, zafStateFromSample, type ZafState } from '../host/zafStateFromSample';
import { DEFAULT_FAULTS, type Faults } from '../host/Faults';
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
    });
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
