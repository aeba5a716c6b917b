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
  useReducer,
  useState,
  type ReactNode,
} from 'react';
import { NO_PRIORITY_CHANGES, priorityChanges, recordedOwnerOverride } from '../rules/triage';
import type { Owner, Priority, Ticket } from '../rules/types';

interface TriageOverridesSession {
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
  // Who changed the priority is the engine's reducer (src/rules/triage); this only reports to it.
  const [changes, dispatch] = useReducer(priorityChanges, NO_PRIORITY_CHANGES);
  useEffect(() => dispatch({ type: 'ticketRead', priority: ticket.priority }), [ticket]);

  const noteMacroInserted = useCallback((suggested: boolean) => {
    if (!suggested) setOtherMacroInserted(true);
  }, []);
  const notePrioritySetBySidebar = useCallback((priority: Priority) => {
    dispatch({ type: 'sidebarSetStarted', priority });
    return () => dispatch({ type: 'sidebarSetFailed', priority });
  }, []);
  const noteMacroInsertStarted = useCallback(() => {
    dispatch({ type: 'macroStarted' });
    let ended = false;
    return (priorityAfter: Priority | null | undefined) => {
      if (ended) return;
      ended = true;
      dispatch({ type: 'macroEnded', priorityAfter });
    };
  }, []);
  const agentChanged = changes.agentChanged;
  const agentChangedPriority = useCallback(() => agentChanged, [agentChanged]);

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
