import { useEffect, useState } from 'react';
import {
  createMacroCatalog,
  createRequirementsLookup,
  readSettings,
  readUserLocale,
  waitForZendesk,
  type ZendeskClient,
} from '../../zendesk';
import { loadRulebook } from '../../rules';
import type { ZendeskSession } from '../ZendeskContext';

export type SessionState =
  | { phase: 'outside' }
  | { phase: 'connecting' }
  | { phase: 'timeout'; seconds: number }
  | { phase: 'connected'; session: ZendeskSession; locale: string };

/**
 * Connects once, awaits registration (context + metadata, never a late `app.registered`
 * listener), then reads the settings, the user's locale and the rulebook. Outside a Zendesk
 * iframe it settles at once on 'outside'.
 */
export function useZendeskSession(connect: () => ZendeskClient | null, timeoutMs: number): SessionState {
  // connect() is synchronous and must run once per mounted app, even under StrictMode.
  const [client] = useState(() => {
    try {
      return connect();
    } catch {
      return null;
    }
  });
  const [state, setState] = useState<SessionState>(() => (client ? { phase: 'connecting' } : { phase: 'outside' }));

  useEffect(() => {
    if (!client) return;
    let cancelled = false;
    void (async () => {
      try {
        const [{ metadata }, locale] = await Promise.all([
          waitForZendesk(client, timeoutMs),
          // Runs after registration anyway (the SDK queues calls); never rejects.
          readUserLocale(client),
        ]);
        const settings = readSettings(metadata);
        const { rulebook, problems } = loadRulebook(settings.rulebookOverride);
        // Asked for at once (one request, and none without an installation id), so Insert and
        // Apply triage find the installed ids ready; a 404 or failure means "use the titles".
        const requirements = createRequirementsLookup(client, metadata.installationId);
        void requirements.load();
        const session: ZendeskSession = {
          client,
          settings,
          rulebook,
          rulebookProblems: problems,
          catalog: createMacroCatalog(client, requirements),
          requirements,
        };
        if (!cancelled) setState({ phase: 'connected', session, locale });
      } catch {
        // A timeout, or a host that answered registration with an error: either way Zendesk did
        // not give us a usable session.
        if (!cancelled) setState({ phase: 'timeout', seconds: Math.round(timeoutMs / 1000) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [client, timeoutMs]);

  return state;
}
