// Who changed the ticket's priority in this session: a pure reducer over what the sidebar saw.
// A new priority that the sidebar did not just write was set by the agent (Zendesk's macro menu,
// triggers and other apps count as the agent's); the sidebar's Set priority and the macros it
// inserts are its own. The first read is the ticket as it arrived, never an override.
import type { Priority } from '../types';

interface PriorityChanges {
  /** The priority of the newest read; null before the first read. */
  lastRead: { priority: Priority | null } | null;
  /** A priority the sidebar is writing (Set priority, or a macro it inserted): its own change. */
  expected: Priority | null;
  /** Macro inserts the sidebar has started and not yet ended: their changes are its own. */
  macrosInFlight: number;
  /** The agent changed the priority by hand in this session. */
  agentChanged: boolean;
}

export type PriorityEvent =
  /** The ticket was read (again). */
  | { type: 'ticketRead'; priority: Priority | null }
  /** The sidebar is about to set the priority. */
  | { type: 'sidebarSetStarted'; priority: Priority }
  /** The sidebar's write failed: a mark left behind would hide the agent's own later change. */
  | { type: 'sidebarSetFailed'; priority: Priority }
  | { type: 'macroStarted' }
  /** `priorityAfter`: read right after the macro applied (undefined: unknown, so a change is the agent's). */
  | { type: 'macroEnded'; priorityAfter: Priority | null | undefined };

export const NO_PRIORITY_CHANGES: PriorityChanges = {
  lastRead: null,
  expected: null,
  macrosInFlight: 0,
  agentChanged: false,
};

export function priorityChanges(state: PriorityChanges, event: PriorityEvent): PriorityChanges {
  switch (event.type) {
    case 'ticketRead': {
      const previous = state.lastRead;
      const next = { ...state, lastRead: { priority: event.priority } };
      if (previous === null || previous.priority === event.priority) return next;
      if (state.macrosInFlight > 0) return next;
      if (event.priority !== null && event.priority === state.expected)
        return { ...next, expected: null };
      return { ...next, agentChanged: true };
    }
    case 'sidebarSetStarted':
      return { ...state, expected: event.priority };
    case 'sidebarSetFailed':
      return state.expected === event.priority ? { ...state, expected: null } : state;
    case 'macroStarted':
      return { ...state, macrosInFlight: state.macrosInFlight + 1 };
    case 'macroEnded': {
      const ended = { ...state, macrosInFlight: state.macrosInFlight - 1 };
      // Zendesk announces the macro's changes in a burst that is re-read after the insert
      // resolves: expect the priority it set, unless that re-read was already seen.
      const { priorityAfter } = event;
      if (priorityAfter != null && state.lastRead?.priority !== priorityAfter)
        return { ...ended, expected: priorityAfter };
      return ended;
    }
  }
}
