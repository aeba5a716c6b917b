// The sidebar app: the ticket session (read through useSyncExternalStore; its
// connection handed to hooks through ZendeskProvider, like the React scaffold's ClientProvider),
// and one screen per session state. Every
// state renders into the same <main data-testid="triage-panel">, and error boundaries make sure
// the sidebar is never blank.
import { useState, useSyncExternalStore } from 'react';
import {
  connectToZendesk,
  prepareSidebarRulebook,
  startTicketSession,
  type ZendeskClient,
} from '../zendesk';
import { ErrorBoundary } from './ErrorBoundary';
import { TranslationProvider } from './i18n';
import { PanelSkeleton } from './panel/PanelSkeleton';
import { PanelFrame } from './PanelFrame';
import { CrashMessage } from './states/CrashMessage';
import { OutsideZendesk } from './states/OutsideZendesk';
import { ZendeskTimeout } from './states/ZendeskTimeout';
import { TriageScreen } from './TriageScreen';
import { ZendeskProvider } from './ZendeskContext';
import { prepareLocale, type SidebarSession } from './session/prepareLocale';

interface AppProps {
  /** Creates the ZAF client; null outside Zendesk. Tests pass a fake. */
  connect?: () => ZendeskClient | null;
  /** How long to wait for Zendesk to register the app. */
  timeoutMs?: number;
  /** The clock for aging rules; tests fix it. */
  now?: () => Date;
  /** A session already under way (main.tsx starts it before React loads); overrides `connect`. */
  session?: SidebarSession;
}

const defaultConnect = () => connectToZendesk();

export function App({ connect = defaultConnect, timeoutMs = 10_000, now, session }: AppProps) {
  // One session per mounted app; main.tsx always passes the one it began before React loaded.
  const [ownSession] = useState(
    () =>
      session ??
      startTicketSession({
        connect,
        timeoutMs,
        prepareLocale,
        prepareRulebook: prepareSidebarRulebook,
      }),
  );
  // No Garden theme here: the first paint renders pre-rendered looks (src/ui/look); the later
  // parts bring Garden's theme with them (LaterPart.tsx).
  return (
    <ErrorBoundary
      fallback={(error) => (
        <PanelFrame state="error" client={null}>
          <CrashMessage message={error.message} />
        </PanelFrame>
      )}
    >
      <SessionScreen session={ownSession} now={now} />
    </ErrorBoundary>
  );
}

function SessionScreen({ session, now }: { session: SidebarSession; now?: () => Date }) {
  const state = useSyncExternalStore(session.subscribe, session.getSnapshot);
  switch (state.phase) {
    case 'outside':
      return (
        <PanelFrame state="outside" client={null}>
          <OutsideZendesk />
        </PanelFrame>
      );
    case 'connecting':
      return (
        <PanelFrame state="loading" client={null}>
          <PanelSkeleton />
        </PanelFrame>
      );
    case 'timeout':
      return (
        <PanelFrame state="error" client={null}>
          <ZendeskTimeout seconds={state.seconds} />
        </PanelFrame>
      );
    case 'connected': {
      const { connection } = state;
      return (
        <TranslationProvider userLocale={connection.locale} dictionary={connection.words}>
          <ZendeskProvider connection={connection}>
            <ErrorBoundary
              fallback={(error) => (
                <PanelFrame state="error" client={connection.client}>
                  <CrashMessage message={error.message} />
                </PanelFrame>
              )}
            >
              <TriageScreen read={state.read} onRetry={session.retry} now={now} />
            </ErrorBoundary>
          </ZendeskProvider>
        </TranslationProvider>
      );
    }
  }
}
