// In the spirit of Zendesk's React scaffold (its ClientProvider): one context hands the connected
// ZAF port, the settings and the loaded rulebook to every hook, so no component imports the SDK.
import { createContext, useContext, type ReactNode } from 'react';
import type { AppSettings, MacroCatalog, RequirementsLookup, ZendeskClient } from '../zendesk';
import type { Rulebook, RulebookProblem, RulebookWarning } from '../rules/types';
import type { InitialRead } from './session/startZendeskSession';

export interface ZendeskSession {
  client: ZendeskClient;
  settings: AppSettings;
  rulebook: Rulebook;
  /** Problems of the admin's rulebook override; the default rulebook is in use when non-empty. */
  rulebookProblems: RulebookProblem[];
  /** What an admin should know about an override in use (a catch-all rule, a missing translation). */
  rulebookWarnings: RulebookWarning[];
  /** Macro ids resolved once per session. */
  catalog: MacroCatalog;
  /** What installing the app created (macro and field ids), loaded once per session. */
  requirements: RequirementsLookup;
  /** The ticket read made during start-up, if any: the first assessment starts from it. */
  initialRead?: InitialRead;
}

const ZendeskContext = createContext<ZendeskSession | null>(null);

export function ZendeskProvider({
  session,
  children,
}: {
  session: ZendeskSession;
  children: ReactNode;
}) {
  return <ZendeskContext.Provider value={session}>{children}</ZendeskContext.Provider>;
}

/** The connected session; only rendered below a ZendeskProvider. */
export function useZendesk(): ZendeskSession {
  const session = useContext(ZendeskContext);
  if (!session) throw new Error('useZendesk is used outside a ZendeskProvider');
  return session;
}
