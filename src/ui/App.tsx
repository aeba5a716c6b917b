// The sidebar app: Garden's theme, the Zendesk session (the port handed to hooks through
// ZendeskProvider, like the React scaffold's ClientProvider), and one screen per state. Every
// state renders into the same <main data-testid="triage-panel">, and error boundaries make sure
// the sidebar is never blank.
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';
import { connectToZendesk, type ZendeskClient } from '../zendesk';
import { ErrorBoundary } from './ErrorBoundary';
import { TranslationProvider } from './i18n';
import { useZendeskSession } from './hooks/useZendeskSession';
import { PanelSkeleton } from './panel/PanelSkeleton';
import { PanelFrame } from './PanelFrame';
import { CrashMessage } from './states/CrashMessage';
import { OutsideZendesk } from './states/OutsideZendesk';
import { ZendeskTimeout } from './states/ZendeskTimeout';
import { TriageScreen } from './TriageScreen';
import { ZendeskProvider } from './ZendeskContext';
import type { SessionStart } from './session/startZendeskSession';

export interface AppProps {
  /** Creates the ZAF client; null outside Zendesk. Tests pass a fake. */
  connect?: () => ZendeskClient | null;
  /** How long to wait for Zendesk to register the app. */
  timeoutMs?: number;
  /** The clock for aging rules; tests fix it. */
  now?: () => Date;
  /** A start-up already under way (main.tsx begins it before React loads); overrides `connect`. */
  start?: SessionStart;
}

const defaultConnect = () => connectToZendesk();

export function App({ connect = defaultConnect, timeoutMs = 10_000, now, start }: AppProps) {
  return (
    <ThemeProvider theme={DEFAULT_THEME}>
      <ErrorBoundary
        fallback={(error) => (
          <PanelFrame state="error" client={null}>
            <CrashMessage message={error.message} />
          </PanelFrame>
        )}
      >
        <Session connect={connect} timeoutMs={timeoutMs} now={now} start={start} />
      </ErrorBoundary>
    </ThemeProvider>
  );
}

function Session({
  connect,
  timeoutMs,
  now,
  start,
}: Required<Pick<AppProps, 'connect' | 'timeoutMs'>> & Pick<AppProps, 'now' | 'start'>) {
  const state = useZendeskSession(connect, timeoutMs, start);
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
    case 'connected':
      return (
        <TranslationProvider userLocale={state.locale} dictionary={state.dictionary}>
          <ZendeskProvider session={state.session}>
            <ErrorBoundary
              fallback={(error) => (
                <PanelFrame state="error" client={state.session.client}>
                  <CrashMessage message={error.message} />
                </PanelFrame>
              )}
            >
              <TriageScreen now={now} />
            </ErrorBoundary>
          </ZendeskProvider>
        </TranslationProvider>
      );
  }
}
