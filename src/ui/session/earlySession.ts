// main.tsx imports this module first. ES modules run in import order, so its body connects to
// Zendesk (posting the handshake) before React, Garden and the engine are evaluated: the host
// answers while they load, and the ticket `get` goes out as soon as registration arrives.
// Keep its imports light for the same reason.
import { connectToZendesk, startTicketSession } from '../../zendesk';
import { prepareLocale } from './prepareLocale';

/** How long to wait for Zendesk to register the app. */
export const REGISTRATION_TIMEOUT_MS = 10_000;

export const EARLY_SESSION = startTicketSession({
  connect: () => connectToZendesk(),
  timeoutMs: REGISTRATION_TIMEOUT_MS,
  prepareLocale,
});
