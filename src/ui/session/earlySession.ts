// The sidebar's boot chunk: index.html loads this module as its own script, before the app's.
// It runs as soon as the page is parsed (the ZAF SDK script included), while the chunk with React,
// Garden's looks and the engine is still downloading: it connects to Zendesk, posting the
// handshake, and the ticket `get` goes out as soon as registration arrives. Keep its imports
// light for the same reason: straight from their files, no engine, no rulebook data (main.tsx
// hands over the rulebook's preparation once its chunk has run).
import { connectToZendesk } from '../../zendesk/connectToZendesk';
import type { PrepareRulebook } from '../../zendesk/session/prepareSessionRulebook';
import { startTicketSession } from '../../zendesk/session/startTicketSession';
import { prepareLocale } from './prepareLocale';

/** How long to wait for Zendesk to register the app. */
export const REGISTRATION_TIMEOUT_MS = 10_000;

let provide: (prepare: PrepareRulebook) => void = () => {};
const rulebookPreparation = new Promise<PrepareRulebook>((resolve) => {
  provide = resolve;
});

/** main.tsx, once the engine's chunk runs: how the session prepares its rulebook. */
export function provideRulebookPreparation(prepare: PrepareRulebook): void {
  provide(prepare);
}

export const EARLY_SESSION = startTicketSession({
  connect: () => connectToZendesk(),
  timeoutMs: REGISTRATION_TIMEOUT_MS,
  prepareLocale,
  prepareRulebook: (override, locale) =>
    rulebookPreparation.then((prepare) => prepare(override, locale)),
});
