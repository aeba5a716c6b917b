// In the spirit of Zendesk's React scaffold (its ClientProvider): one context hands the connected
// ZAF port, the settings and the loaded rulebook to every hook, so no component imports the SDK.
import { createContext, useContext, type ReactNode } from 'react';
import type { Connection } from '../zendesk';

const ZendeskContext = createContext<Connection | null>(null);

export function ZendeskProvider({
  connection,
  children,
}: {
  connection: Connection;
  children: ReactNode;
}) {
  return <ZendeskContext.Provider value={connection}>{children}</ZendeskContext.Provider>;
}

/** The connected session; only rendered below a ZendeskProvider. */
export function useZendesk(): Connection {
  const connection = useContext(ZendeskContext);
  if (!connection) throw new Error('useZendesk is used outside a ZendeskProvider');
  return connection;
}
