// The sidebar's boot chunk: index.html loads this module as its own script, before the app's.
// It runs as soon as the page is parsed (the ZAF SDK script included), while the chunk with React,
// Garden's looks and the engine is still downloading: it connects to Zendesk, posting the
// handshake, and the ticket `get` goes out as soon as registration arrives, then the locale and
// the rulebook's words. Keep its imports light for the same reason: straight from their files,
// no engine, no rulebook data (main.tsx hands over the defaults' core once its chunk runs).
import { connectToZendesk } from '../../zendesk/connectToZendesk';
import type { Rulebook } from '../../rules/types';
import { prepareSessionRulebook } from '../../zendesk/session/prepareSessionRulebook';
import { startTicketSession } from '../../zendesk/session/startTicketSession';
import { prepareLocale } from './prepareLocale';

/** How long to wait for Zendesk to register the app. */
export const REGISTRATION_TIMEOUT_MS = 10_000;

let provide: (core: Rulebook) => void = () => {};
const rulebookCore = new Promise<Rulebook>((resolve) => {
  provide = resolve;
});

/** main.tsx, once the app's chunk runs: the default rulebook's core, for the session's rulebook. */
export function provideRulebookCore(core: Rulebook): void {
  provide(core);
}

export const EARLY_SESSION = startTicketSession({
  connect: () => connectToZendesk(),
  timeoutMs: REGISTRATION_TIMEOUT_MS,
  prepareLocale,
  prepareRulebook: prepareSessionRulebook(rulebookCore),
});
