// What `client.invoke(action, …args)` does in the agent UI: resize the frame, show a toast, apply a
// macro, write into the composer, edit tags. Returns the change events Zendesk would fire.
import type { ChangeEvent, TicketStore } from './TicketStore';
import { FIXTURE_MACROS, macroTag } from './fixtureMacros';
import type { Faults } from './Faults';

export interface InvokeEffects {
  toast(message: string, kind: string): void;
  resize(heightPx: number): void;
  /** `routeTo`: the agent UI opens another ticket. */
  route(type: string, id: number): void;
}

export type InvokeOutcome = { ok: true; changes: ChangeEvent[] } | { ok: false; message: string };

export function performInvoke(
  action: string,
  args: unknown[],
  store: TicketStore,
  faults: Faults,
  effects: InvokeEffects,
): InvokeOutcome {
  switch (action) {
    case 'resize': {
      const size = args[0] as { height?: unknown } | undefined;
      const height = parseFloat(String(size?.height ?? ''));
      if (!Number.isFinite(height) || height < 0) return { ok: false, message: 'needs a height such as "300px"' };
      effects.resize(Math.min(height, 5000));
      return { ok: true, changes: [] };
    }
    case 'notify': {
      effects.toast(String(args[0] ?? ''), typeof args[1] === 'string' ? args[1] : 'notice');
      return { ok: true, changes: [] };
    }
    case 'macro':
      return applyMacro(Number(args[0]), store, faults);
    case 'ticket.comment.appendText':
    case 'ticket.comment.appendHtml':
    case 'ticket.comment.appendMarkdown':
    case 'comment.appendText':
    case 'comment.appendHtml':
    case 'comment.appendMarkdown':
      return appendToComposer(String(args[0] ?? ''), store);
    case 'ticket.tags.add':
    case 'ticket.tags.remove':
      return editTags(action.endsWith('add') ? 'add' : 'remove', args[0], store);
    case 'routeTo': {
      // The documented form `invoke('routeTo', 'ticket', id)`; other targets are not played here.
      const id = Number(args[1]);
      if (args[0] !== 'ticket' || !Number.isInteger(id) || id <= 0) return { ok: false, message: 'routeTo takes "ticket" and a ticket id' };
      effects.route('ticket', id);
      return { ok: true, changes: [] };
    }
    case 'enableSave':
    case 'disableSave':
    case 'track':
      return { ok: true, changes: [] };
    default:
      return { ok: false, message: 'is not an action this host knows' };
  }
}

function applyMacro(id: number, store: TicketStore, faults: Faults): InvokeOutcome {
  const macro = FIXTURE_MACROS.find((candidate) => candidate.id === id);
  if (!macro || (macro.slug !== null && faults.missingMacros.includes(macro.slug))) {
    return { ok: false, message: `macro ${id} does not exist in this account` };
  }
  const changes: ChangeEvent[] = [];
  const typeChange = store.write('ticket.comment.type', macro.public ? 'publicReply' : 'internalNote');
  if (typeChange) changes.push(typeChange);
  changes.push(...appendToComposerChanges(macro.body, store));
  const tagChange = tagEdit('add', [macroTag(macro)], store);
  if (tagChange) changes.push(tagChange);
  return { ok: true, changes };
}

function appendToComposer(text: string, store: TicketStore): InvokeOutcome {
  return { ok: true, changes: appendToComposerChanges(text, store) };
}

function appendToComposerChanges(text: string, store: TicketStore): ChangeEvent[] {
  const current = store.read('ticket.comment.text');
  const before = current.ok && typeof current.value === 'string' ? current.value : '';
  const change = store.write('ticket.comment.text', before === '' ? text : `${before}\n\n${text}`);
  return change ? [change] : [];
}

function editTags(mode: 'add' | 'remove', value: unknown, store: TicketStore): InvokeOutcome {
  const tags = (Array.isArray(value) ? value : [value]).filter((tag): tag is string => typeof tag === 'string');
  if (tags.length === 0) return { ok: false, message: 'needs a tag or a list of tags' };
  const change = tagEdit(mode, tags, store);
  return { ok: true, changes: change ? [change] : [] };
}

function tagEdit(mode: 'add' | 'remove', tags: string[], store: TicketStore): ChangeEvent | null {
  const current = store.tags();
  const next = mode === 'add' ? [...current, ...tags.filter((tag) => !current.includes(tag))] : current.filter((tag) => !tags.includes(tag));
  if (next.length === current.length && next.every((tag, index) => tag === current[index])) return null;
  return store.write('ticket.tags', next);
}
