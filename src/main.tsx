// Entry point of the app's chunk. The ticket session is already under way: the boot chunk
// (earlySession.ts, its own script in index.html) started it while this chunk downloaded. Here:
// the session gets the default rulebook's core, then Garden's CSS reset and the sidebar app, which
// renders the session. Where the ticket is
//   read:     EARLY_SESSION, the ticket session of src/zendesk/session/startTicketSession.ts
//   assessed: src/ui/hooks/useTicketAssessment.ts, which calls the engine's assess (src/rules/assess.ts)
//   shown:    App (src/ui/App.tsx), one screen per session state
// (docs/architecture.md has the picture).
import {
  EARLY_SESSION,
  provideRulebookCore,
  REGISTRATION_TIMEOUT_MS,
} from './ui/session/earlySession';
import '@zendeskgarden/css-bedrock/dist/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { DEFAULT_RULEBOOK_CORE } from './rules/rulebook/defaultRulebookCore';

provideRulebookCore(DEFAULT_RULEBOOK_CORE);

/**
 * How long the first render waits for the start-up (registration, locale, ticket read). Zendesk
 * usually answers within it: the panel then renders once, with its assessment, instead of first
 * rendering a skeleton that the main thread must finish before it can even see Zendesk's answers.
 * When the start-up takes longer, the skeleton shows after this wait.
 */
const SKELETON_DELAY_MS = 100;

const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  const render = () =>
    root.render(
      <StrictMode>
        <App session={EARLY_SESSION} timeoutMs={REGISTRATION_TIMEOUT_MS} />
      </StrictMode>,
    );
  void Promise.race([
    EARLY_SESSION.settled,
    new Promise((resolve) => setTimeout(resolve, SKELETON_DELAY_MS)),
  ]).then(render, render); // a failed start-up renders too: the app shows its error state
}
