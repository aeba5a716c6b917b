// The editable ticket the host answers `get` from and applies `set`, agent edits and macros to.
// Every change reports the `ticket.*.changed` event Zendesk would fire, so the host can emit it.
import type { ZafState } from './zafStateFromSample';

export interface ChangeEvent {
  name: string;
  payload: unknown;
}

type ReadResult = { ok: true; value: unknown } | { ok: false };

export class TicketStore {
  private state: ZafState;

  constructor(state: ZafState) {
    this.state = structuredClone(state);
  }

  snapshot(): ZafState {
    return structuredClone(this.state);
  }

  replace(state: ZafState): void {
    this.state = structuredClone(state);
  }

  /** Reads a dotted sidebar path ('ticket.requester.email', 'ticket.customField:custom_field_7'). */
  read(path: string): ReadResult {
    let value: unknown = this.state;
    for (const key of path.split('.')) {
      if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, key)) {
        return { ok: false };
      }
      value = (value as Record<string, unknown>)[key];
    }
    return { ok: true, value: structuredClone(value) };
  }

  /** Writes a path whose parent exists; returns the change event, or null for an unknown path. */
  write(path: string, value: unknown): ChangeEvent | null {
    const keys = path.split('.');
    const last = keys.pop();
    if (last === undefined || keys.length === 0) return null;
    const parent = this.read(keys.join('.'));
    if (!parent.ok || parent.value === null || typeof parent.value !== 'object') return null;
    if (keys[0] !== 'ticket') return null; // only the ticket is writable, as in Zendesk
    let target: Record<string, unknown> = this.state;
    for (const key of keys) target = target[key] as Record<string, unknown>;
    target[last] = structuredClone(value);
    return { name: changeEventName(path), payload: structuredClone(value) };
  }

  ticketValue(key: string): unknown {
    return this.state.ticket[key];
  }

  tags(): string[] {
    const tags = this.state.ticket.tags;
    return Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string') : [];
  }
}

/** The event Zendesk fires when the field behind `path` changes (zendesk-apps.md §6). */
export function changeEventName(path: string): string {
  const customField = /^ticket\.customField:(custom_field_\d+)$/.exec(path);
  if (customField) return `ticket.${customField[1]}.changed`;
  if (path.startsWith('ticket.comment.')) return `${path.slice('ticket.'.length)}.changed`;
  return `${path}.changed`;
}
