// In the spirit of Zendesk's React scaffold (its ClientProvider): one context hands the connected
// ZAF port, the settings and the loaded rulebook to every hook, so no component imports the SDK.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Connection } from '../zendesk';
import { useCompleteRulebook } from './hooks/useCompleteRulebook';

const ZendeskContext = createContext<Connection | null>(null);

export function ZendeskProvider({
  connection,
  children,
}: {
  connection: Connection;
  children: ReactNode;
}) {
  // Every hook reads the same rulebook: the session's, completed with the rule texts once they
  // land after the first paint (the assessment, the reasons, the related tickets).
  const rulebook = useCompleteRulebook(connection.rulebook);
  const value = useMemo(
    () => (rulebook === connection.rulebook ? connection : { ...connection, rulebook }),
    [connection, rulebook],
  );
  return <ZendeskContext.Provider value={value}>{children}</ZendeskContext.Provider>;
}

/** The connected session; only rendered below a ZendeskProvider. */
export function useZendesk(): Connection {
  const connection = useContext(ZendeskContext);
  if (!connection) throw new Error('useZendesk is used outside a ZendeskProvider');
  return connection;
}
