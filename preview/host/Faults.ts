// Fault injection knobs for the preview host. Each one imitates a way real Zendesk (or the network
// behind it) can misbehave, so browser tests can prove the app degrades instead of blanking.

export interface Faults {
  /** 'normal' answers the handshake after `handshakeDelayMs`; 'never' leaves the app waiting forever. */
  handshake: 'normal' | 'never';
  handshakeDelayMs: number;
  /** Per-path `get` errors: path → message, reported in `result.errors` as Zendesk does. */
  getErrors: Record<string, string>;
  /** Reject every `get` as a whole call (`{id, error}`). */
  getFails: boolean;
  /** Answer every `get` with a result that is not an object at all. */
  getGarbage: boolean;
  getDelayMs: number;
  /** How many `get`s after a load wait `getDelayMs` (0: every one). */
  getDelayTimes: number;
  /** Per-path `set` errors. */
  setErrors: Record<string, string>;
  /** Per-action `invoke` errors, e.g. `{ notify: 'No toasts today' }`. */
  invokeErrors: Record<string, string>;
  /** Every `client.request` fails with a 500. */
  requestFails: boolean;
  /** Path prefixes whose requests answer 500, e.g. `['/api/v2/search']`. */
  failingEndpoints: string[];
  requestDelayMs: number;
  /** The next N requests answer 429 with `Retry-After: retryAfterSeconds`. */
  rateLimitNext: number;
  retryAfterSeconds: number;
  /** Largest page the macros API returns, whatever `page[size]` asks for (forces pagination). */
  macrosPageSize: number;
  /** Macro slugs missing from the account (so the app must fall back to the composer). */
  missingMacros: string[];
  /** The requirements list answers 404, as under local zcli (the app falls back to macro titles). */
  noRequirements: boolean;
  /** Delay before the initial `ticket.*.changed` burst Zendesk sends after loading a ticket. */
  initialEventsDelayMs: number;
  /** Send no change event at all after loading (`loaded` still turns true after the delay). */
  noInitialEvents: boolean;
}

export const DEFAULT_FAULTS: Faults = {
  handshake: 'normal',
  handshakeDelayMs: 0,
  getErrors: {},
  getFails: false,
  getGarbage: false,
  getDelayMs: 0,
  getDelayTimes: 0,
  setErrors: {},
  invokeErrors: {},
  requestFails: false,
  failingEndpoints: [],
  requestDelayMs: 0,
  rateLimitNext: 0,
  retryAfterSeconds: 1,
  macrosPageSize: 100,
  missingMacros: [],
  noRequirements: false,
  initialEventsDelayMs: 200,
  noInitialEvents: false,
};
