// The middle column: the ticket as an agent edits it. Live fields (subject, priority, type, status,
// tags) fire `ticket.*.changed` like Zendesk; the rest re-opens the ticket. Text is set with
// `value`/`textContent` only: ticket text is never parsed as HTML.
import type { SaveOutcome } from '../host/ZafHost';
import { organizationFieldKey, type ZafState } from '../host/zafStateFromSample';

export interface TicketViewActions {
  /** An agent edit of a live field: the host fires its change event. */
  edit(patch: Record<string, unknown>): void;
  /** A change Zendesk would only show on a fresh load (description, requester, organization plan). */
  editAndReopen(patch: { description?: string; requesterEmail?: string; plan?: string }): void;
  save(): void;
}

const PRIORITIES = ['', 'low', 'normal', 'high', 'urgent'];
const TYPES = ['', 'question', 'incident', 'problem', 'task'];
const STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];
const PLANS = ['', 'enterprise', 'premium', 'other_paid', 'trial'];

export class TicketView {
  private readonly title = el('h2');
  private readonly subject = el('input', { id: 'field-subject', type: 'text' });
  private readonly description = el('textarea', { id: 'field-description' });
  private readonly priority = select('field-priority', PRIORITIES, '-');
  private readonly type = select('field-type', TYPES, '-');
  private readonly status = select('field-status', STATUSES);
  private readonly tags = el('input', { id: 'field-tags', type: 'text' });
  private readonly requester = el('input', { id: 'field-requester', type: 'email' });
  private readonly plan = select('field-plan', PLANS, 'no organization');
  private readonly composer = el('div', { id: 'composer', className: 'composer' });
  private readonly composerType = el('p', { className: 'hint' });
  private readonly saveOutcome = el('p', { className: 'save-outcome', id: 'save-outcome' });
  private readonly toasts = el('ul', { className: 'toasts', id: 'toasts' });
  private readonly log = el('pre', { className: 'log', id: 'host-log' });

  constructor(root: HTMLElement, actions: TicketViewActions) {
    const saveButton = el('button', { type: 'button', id: 'save-ticket', textContent: 'Submit (runs ticket.save)' });
    saveButton.addEventListener('click', () => actions.save());
    this.composer.setAttribute('aria-live', 'polite');
    this.saveOutcome.setAttribute('aria-live', 'polite');

    root.replaceChildren(
      this.title,
      labelled('Subject', this.subject),
      labelled('Description (the first comment)', this.description),
      hint('Description, requester and plan changes re-open the ticket: Zendesk fires no event for them.'),
      row(labelled('Priority', this.priority), labelled('Type', this.type), labelled('Status', this.status)),
      labelled('Tags (space-separated)', this.tags),
      row(labelled('Requester e-mail', this.requester), labelled('Organization plan', this.plan)),
      el('h3', { textContent: 'Composer' }),
      this.composerType,
      this.composer,
      actionsRow(saveButton, this.saveOutcome),
      el('h3', { textContent: 'Notifications' }),
      this.toasts,
      details('Protocol log (latest 60 messages)', this.log),
    );

    this.subject.addEventListener('change', () => actions.edit({ subject: this.subject.value }));
    this.priority.addEventListener('change', () => actions.edit({ priority: this.priority.value || null }));
    this.type.addEventListener('change', () => actions.edit({ type: this.type.value || null }));
    this.status.addEventListener('change', () => actions.edit({ status: this.status.value }));
    this.tags.addEventListener('change', () => actions.edit({ tags: this.tags.value.split(/[\s,]+/).filter(Boolean) }));
    this.description.addEventListener('change', () => actions.editAndReopen({ description: this.description.value }));
    this.requester.addEventListener('change', () => actions.editAndReopen({ requesterEmail: this.requester.value }));
    this.plan.addEventListener('change', () => actions.editAndReopen({ plan: this.plan.value }));
  }

  show(state: ZafState): void {
    const ticket = state.ticket;
    this.title.textContent = `Ticket #${String(ticket.id)}`;
    setValue(this.subject, String(ticket.subject ?? ''));
    setValue(this.description, String(ticket.description ?? ''));
    setValue(this.priority, String(ticket.priority ?? ''));
    setValue(this.type, String(ticket.type ?? ''));
    setValue(this.status, String(ticket.status ?? 'new'));
    setValue(this.tags, Array.isArray(ticket.tags) ? ticket.tags.join(' ') : '');
    const requester = ticket.requester as { email?: unknown } | null;
    setValue(this.requester, String(requester?.email ?? ''));
    const organization = ticket.organization as Record<string, unknown> | null;
    setValue(this.plan, String(organization?.[organizationFieldKey('support_plan')] ?? ''));
    const comment = ticket.comment as { text?: unknown; type?: unknown } | null;
    this.composer.textContent = String(comment?.text ?? '');
    this.composer.dataset.type = String(comment?.type ?? 'publicReply');
    this.composerType.textContent = comment?.type === 'internalNote' ? 'Internal note' : 'Public reply';
  }

  showSave(outcome: SaveOutcome): void {
    this.saveOutcome.dataset.allowed = String(outcome.allowed);
    if (outcome.timedOut) this.saveOutcome.textContent = 'The app did not answer the save hook: saved.';
    else if (outcome.allowed) this.saveOutcome.textContent = 'Saved: the app allowed the update.';
    else this.saveOutcome.textContent = `Blocked by the app: ${String(outcome.message)}`;
  }

  clearSave(): void {
    this.saveOutcome.textContent = '';
    delete this.saveOutcome.dataset.allowed;
  }

  addToast(message: string, kind: string): void {
    const item = el('li', { textContent: message });
    item.dataset.kind = kind;
    this.toasts.prepend(item);
    while (this.toasts.children.length > 8) this.toasts.lastElementChild?.remove();
  }

  clearToasts(): void {
    this.toasts.replaceChildren();
  }

  showLog(lines: string[]): void {
    this.log.textContent = lines.join('\n');
  }
}

/** Leaves a field alone while the agent is typing in it. */
function setValue(field: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string): void {
  if (document.activeElement !== field && field.value !== value) field.value = value;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

function select(id: string, values: string[], emptyLabel = ''): HTMLSelectElement {
  const field = el('select', { id });
  for (const value of values) field.append(el('option', { value, textContent: value === '' ? emptyLabel : value }));
  return field;
}

function labelled(text: string, field: HTMLElement): HTMLElement {
  const wrapper = el('div');
  const label = el('label', { textContent: text, htmlFor: field.id });
  wrapper.append(label, field);
  return wrapper;
}

function hint(text: string): HTMLElement {
  return el('p', { className: 'hint', textContent: text });
}

function row(...children: HTMLElement[]): HTMLElement {
  const wrapper = el('div', { className: 'row' });
  wrapper.append(...children);
  return wrapper;
}

function actionsRow(...children: HTMLElement[]): HTMLElement {
  const wrapper = el('div', { className: 'toolbar' });
  wrapper.append(...children);
  return wrapper;
}

function details(summary: string, body: HTMLElement): HTMLElement {
  const wrapper = el('details');
  wrapper.append(el('summary', { textContent: summary }), body);
  return wrapper;
}
