import { useEffect, useState } from 'react';
import type { ZendeskClient } from '../../zendesk';
import type { Dictionary } from '../i18n/dictionaries';
import {
  startZendeskSession,
  type SessionStart,
  type StartState,
} from '../session/startZendeskSession';
import type { ZendeskSession } from '../ZendeskContext';

export type SessionState =
  | { phase: 'outside' }
  | { phase: 'connecting' }
  | { phase: 'timeout'; seconds: number }
  | { phase: 'connected'; session: ZendeskSession; locale: string; dictionary: Dictionary | null };

/**
 * The session as React sees it: the start-up (startZendeskSession: registration, settings,
 * locale, rulebook, the first ticket read). `start` is the one main.tsx began before React
 * loaded; without it, the hook starts one on mount. Outside a Zendesk iframe it settles at once
 * on 'outside'.
 */
export function useZendeskSession(
  connect: () => ZendeskClient | null,
  timeoutMs: number,
  start?: SessionStart,
): SessionState {
  // One start-up per mounted app. Under StrictMode in development React calls this initializer
  // twice and keeps one result, so without `start` a second, discarded start-up connects and
  // reads too; main.tsx always passes the start-up it began, so production starts exactly one.
  const [session] = useState(() => start ?? startZendeskSession(connect, timeoutMs));
  const [state, setState] = useState<SessionState>(() => toSessionState(session.current()));

  useEffect(() => {
    let cancelled = false;
    const settle = (final: StartState) => {
      if (!cancelled)
        setState((previous) => (previous.phase === final.phase ? previous : toSessionState(final)));
    };
    // `settled` should never reject; if a start-up does, show the timeout state, not a skeleton.
    session.settled.then(settle, () =>
      settle({ phase: 'timeout', seconds: Math.round(timeoutMs / 1000) }),
    );
    return () => {
      cancelled = true;
    };
  }, [session, timeoutMs]);

  return state;
}

function toSessionState(state: StartState): SessionState {
  if (state.phase !== 'connected') return state;
  const { start } = state;
  return {
    phase: 'connected',
    locale: start.locale,
    dictionary: start.dictionary,
    session: {
      client: start.client,
      settings: start.settings,
      rulebook: start.rulebook,
      rulebookProblems: start.rulebookProblems,
      rulebookWarnings: start.rulebookWarnings,
      catalog: start.catalog,
      requirements: start.requirements,
      initialRead: start.initialRead,
    },
  };
}
