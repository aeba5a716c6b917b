// What the triager did against the suggestions in this ticket session, for Apply triage's override
// tags: the owner they picked, a macro inserted that was not suggested, and a priority they set
// by hand (any change the sidebar did not make: its Set priority and the macros it inserted are
// its own; Zendesk's macro menu, triggers and other apps count as the agent's). Lives under the
// assessment panel, which stays mounted while the ticket re-assesses.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { recordedOwnerOverride } from '../rules/triage';
import type { Owner, Priority, Ticket } from '../rules/types';

export interface TriageOverridesSession {
  /** The owner picked in the sidebar; null: the suggestion stands. */
  chosenOwner: Owner | null;
  chooseOwner(owner: Owner | null): void;
  otherMacroInserted: boolean;
  noteMacroInserted(suggested: boolean): void;
  /**
   * Called before the sidebar's own "Set priority" writes, so that change is not an override.
   * Returns the undo for a write that failed: a mark left behind would hide the agent's own
   * later change to that priority.
   */
  notePrioritySetBySidebar(priority: Priority): () => void;
  /**
   * Called before the sidebar's Insert applies an account macro, which may set the priority: that
   * change is the sidebar's, not the agent's. The returned function ends it with the priority
   * read right after the macro applied (undefined: unknown, so a change counts as the agent's).
   */
  noteMacroInsertStarted(): (priorityAfter: Priority | null | undefined) => void;
  /** Read at click time: did the agent change the priority by hand in this session? */
  agentChangedPriority(): boolean;
}

const IGNORED: TriageOverridesSession = {
  chosenOwner: null,
  chooseOwner: () => undefined,
  otherMacroInserted: false,
  noteMacroInserted: () => undefined,
  notePrioritySetBySidebar: () => () => undefined,
  noteMacroInsertStarted: () => () => undefined,
  agentChangedPriority: () => false,
};

const TriageOverridesContext = createContext<TriageOverridesSession>(IGNORED);

export function TriageOverridesProvider({
  ticket,
  children,
}: {
  ticket: Ticket;
  children: ReactNode;
}) {
  // An owner override recorded by an earlier Apply triage stays chosen until the triager changes it.
  const [chosenOwner, chooseOwner] = useState<Owner | null>(() =>
    recordedOwnerOverride(ticket.tags),
  );
  const [otherMacroInserted, setOtherMacroInserted] = useState(false);
  const lastPriority = useRef<{ value: Priority | null } | null>(null);
  const sidebarPriority = useRef<Priority | null>(null);
  const agentChanged = useRef(false);
  const macrosInFlight = useRef(0);

  // Zendesk re-reads the ticket after every change; a new priority that the sidebar did not just
  // write was set by the agent. The first read is the ticket as it arrived, never an override.
  useEffect(() => {
    const previous = lastPriority.current;
    lastPriority.current = { value: ticket.priority };
    if (previous === null || previous.value === ticket.priority) return;
    if (macrosInFlight.current > 0) return;
    if (ticket.priority !== null && ticket.priority === sidebarPriority.current) {
      sidebarPriority.current = null;
      return;
    }
    agentChanged.current = true;
  }, [ticket]);

  const noteMacroInserted = useCallback((suggested: boolean) => {
    if (!suggested) setOtherMacroInserted(true);
  }, []);
  const notePrioritySetBySidebar = useCallback((priority: Priority) => {
    sidebarPriority.current = priority;
    return () => {
      if (sidebarPriority.current === priority) sidebarPriority.current = null;
    };
  }, []);
  const noteMacroInsertStarted = useCallback(() => {
    macrosInFlight.current += 1;
    let ended = false;
    return (priorityAfter: Priority | null | undefined) => {
      if (ended) return;
      ended = true;
      macrosInFlight.current -= 1;
      // Zendesk announces the macro's changes in a burst that is re-read after the insert
      // resolves: expect the priority it set, unless that re-read was already seen.
      if (priorityAfter != null && lastPriority.current?.value !== priorityAfter)
        sidebarPriority.current = priorityAfter;
    };
  }, []);
  const agentChangedPriority = useCallback(() => agentChanged.current, []);

  const value = useMemo(
    () => ({
      chosenOwner,
      chooseOwner,
      otherMacroInserted,
      noteMacroInserted,
      notePrioritySetBySidebar,
      noteMacroInsertStarted,
      agentChangedPriority,
    }),
    [
      chosenOwner,
      otherMacroInserted,
      noteMacroInserted,
      notePrioritySetBySidebar,
      noteMacroInsertStarted,
      agentChangedPriority,
    ],
  );
  return (
    <TriageOverridesContext.Provider value={value}>{children}</TriageOverridesContext.Provider>
  );
}

export function useTriageOverrides(): TriageOverridesSession {
  return useContext(TriageOverridesContext);
}
