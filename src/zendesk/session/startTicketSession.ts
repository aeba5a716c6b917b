// The ticket session, outside React: connect, await registration, read the ticket, re-read when
// Zendesk says it changed, and say how each step went. React reads it with useSyncExternalStore
// (subscribe/getSnapshot); it does not care how often effects run.
//
// Start-up order matters for speed: the handshake goes out when this is called (the sidebar's boot
// chunk calls it while React and the engine are still downloading); right after registration the
// ticket `get` goes out (it needs only the settings from the metadata), with the locale `get`
// beside it. Neither goes out before
// registration: the SDK's 5 s timer for a call starts when it is sent, and registration may take
// up to 10 s, so an early locale read could time out into English.
// The rulebook comes from the caller (prepareRulebook), so this module and its imports stay small
// enough for the sidebar's boot chunk: no engine, no rulebook data.
import { lazyMacroCatalog, lazyRequirementsLookup } from '../lazyLookups';
import { zendeskActionsLoaded } from '../loadZendeskActions';
import { isAlreadyRead, type TicketValues } from '../isAlreadyRead';
import { readSettings, type AppSettings } from '../readSettings';
import { readTicket } from '../readTicket';
import { rereadDelayMs } from '../rereadDelay';
import { readUserLocale } from '../readUserLocale';
import { waitForZendesk } from '../waitForZendesk';
import { watchTicket, type TicketChange } from '../watchTicket';
import { ZendeskTimeoutError } from '../errors';
import type { ZafMetadata, ZendeskClient } from '../ZendeskClient';
import type { PrepareRulebook } from './prepareSessionRulebook';
import {
  connected,
  connecting,
  loading,
  outside,
  readFailed,
  readStarted,
  readSucceeded,
  timedOut,
  type Connection,
  type SessionState,
  type TicketRead,
} from './sessionState';

export interface TicketSession<Words = unknown> {
  subscribe(onChange: () => void): () => void;
  getSnapshot(): SessionState<Words>;
  /** Resolves once with the state the start-up ended in; never rejects. */
  settled: Promise<SessionState<Words>>;
  /** Reads the ticket again (the "Try again" button). */
  retry(): void;
}

export interface SessionOptions<Words> {
  /** Creates the ZAF client; null outside Zendesk. */
  connect: () => ZendeskClient | null;
  /** How long to wait for Zendesk to register the app. */
  timeoutMs: number;
  /** What the UI needs for the agent's locale (its dictionary), ready before the first render. */
  prepareLocale: (locale: string) => Promise<Words>;
  /** The rulebook for these settings and the agent's locale (prepareSessionRulebook). */
  prepareRulebook: PrepareRulebook;
}

export function startTicketSession<Words>({
  connect,
  timeoutMs,
  prepareLocale,
  prepareRulebook,
}: SessionOptions<Words>): TicketSession<Words> {
  const listeners = new Set<() => void>();
  let state: SessionState<Words>;
  const publish = (next: SessionState<Words>) => {
    if (next === state) return;
    state = next;
    for (const listener of listeners) listener();
  };

  let client: ZendeskClient | null;
  try {
    client = connect();
  } catch {
    client = null;
  }
  state = client ? connecting() : outside();
  let reader: TicketReader | null = null;
  // Zendesk is watched from registration while the app listens: when its last listener leaves (the
  // app unmounted) the session stops watching, and a listener that comes back (StrictMode's second
  // effect run, at once) resumes it.
  let watched = true;
  const setWatched = (next: boolean) => {
    watched = next;
    if (next) reader?.watch();
    else reader?.stop();
  };

  /** Set once the start-up is over: from then on, every new read is published. */
  let connection: Connection<Words> | null = null;

  const start = async (client: ZendeskClient): Promise<SessionState<Words>> => {
    let metadata: ZafMetadata;
    try {
      ({ metadata } = await waitForZendesk(client, timeoutMs));
    } catch (error) {
      // A host that answered registration with an error: no usable session. A timeout: the panel
      // says so, and comes up if Zendesk registers the app later after all.
      if (!(error instanceof ZendeskTimeoutError) || !error.registration) return timedOut(timeoutMs);
      publish(timedOut(timeoutMs));
      try {
        ({ metadata } = await error.registration);
      } catch {
        return timedOut(timeoutMs);
      }
    }
    const settings: AppSettings = readSettings(metadata);
    const installationId: unknown = metadata.installationId;
    const localeRead = readUserLocale(client).then(async (locale) => ({
      locale,
      words: await prepareLocale(locale),
    }));
    // Listening starts before the read goes out, so a change made while it is in flight is seen.
    const ticketReader = createTicketReader(client, settings, () => {
      if (connection) publish(connected(connection, ticketReader.current()));
    });
    reader = ticketReader;
    if (!watched) ticketReader.stop();
    // Asked for as soon as the actions' chunk lands, right after the first paint (one request, and
    // none without an installation id), so Insert and Apply triage find the installed ids ready;
    // a 404 or failure means "use the titles".
    const requirements = lazyRequirementsLookup(client, installationId);
    void zendeskActionsLoaded.then(() => requirements.load());
    // The defaults in the agent's language (fetched only for them), then the override on top.
    const rulebookRead = prepareRulebook(
      settings.rulebookOverride,
      localeRead.then(({ locale }) => locale),
    );
    const [{ locale, words }, , { rulebook, problems, warnings }] = await Promise.all([
      localeRead,
      ticketReader.firstRead,
      rulebookRead,
    ]);
    return connected<Words>(
      {
        client,
        settings,
        locale,
        words,
        // In the agent's language (see prepareSessionRulebook).
        rulebook,
        rulebookProblems: problems,
        rulebookWarnings: warnings,
        catalog: lazyMacroCatalog(client, requirements),
        requirements,
      },
      ticketReader.current(),
    );
  };

  // Any start-up step that throws (a dictionary or rulebook chunk that fails to load, say) leaves
  // no usable session: it ends like a registration that never came, never as a rejection.
  const settled = (
    client ? start(client).catch(() => timedOut(timeoutMs)) : Promise.resolve(state)
  ).then((final) => {
    // The read may have moved on (a change re-read) while the last start-up step finished.
    if (final.phase === 'connected' && reader) {
      connection = final.connection;
      publish(connected(connection, reader.current()));
    } else publish(final);
    return state;
  });

  return {
    subscribe(onChange) {
      listeners.add(onChange);
      setWatched(true);
      return () => {
        listeners.delete(onChange);
        if (listeners.size === 0) setWatched(false);
      };
    },
    getSnapshot: () => state,
    settled,
    retry: () => void reader?.refresh(false),
  };
}

interface TicketReader {
  /** Settles when the start-up's read has landed (never rejects). */
  firstRead: Promise<void>;
  current(): TicketRead;
  /** `quiet`: a re-read Zendesk's change events asked for keeps a read failure on screen. */
  refresh(quiet: boolean): Promise<void>;
  /** Starts (again) and stops listening to change events. */
  watch(): void;
  stop(): void;
}

/**
 * Reads the ticket with one batched `get`, and again whenever Zendesk says it changed. A burst of
 * change events that only repeats what the newest read returned (Zendesk's burst on load) costs no
 * read. Only the newest read may update the state: a slow earlier reply that lands late is dropped.
 */
function createTicketReader(
  client: ZendeskClient,
  settings: AppSettings,
  onUpdate: () => void,
): TicketReader {
  let read: TicketRead = loading();
  let latestRequest = 0;
  let lastValues: TicketValues | null = null;
  let inFlight: Promise<void> = Promise.resolve();

  const update = (next: TicketRead) => {
    if (next === read) return;
    read = next;
    onUpdate();
  };
  /** Failed reads in a row while no ticket is shown: they pace the automatic re-reads. */
  let failures = 0;
  let rereadTimer: ReturnType<typeof setTimeout> | null = null;
  const readOnce = async (quiet: boolean) => {
    const request = ++latestRequest;
    if (rereadTimer !== null) clearTimeout(rereadTimer);
    rereadTimer = null;
    update(readStarted(read, quiet));
    try {
      const { ticket, values } = await readTicket(client, settings);
      if (request !== latestRequest) return;
      lastValues = values;
      failures = 0;
      update(readSucceeded(ticket, values));
    } catch (error) {
      if (request !== latestRequest) return;
      // No ticket shown yet (a failed read, or an answer that was not the ticket): say so and
      // read again by itself after a pause, a few times.
      const delay = read.status === 'ready' ? null : rereadDelayMs(++failures);
      if (delay !== null) rereadTimer = setTimeout(() => void refresh(true), delay);
      update(readFailed(read, error, delay !== null));
    }
  };
  const refresh = (quiet: boolean) => (inFlight = readOnce(quiet));
  const retry = (quiet: boolean) => {
    failures = 0;
    return refresh(quiet);
  };
  /** Re-reads unless every change repeats the newest read (compared once a read in flight lands). */
  const onChanges = async (changes: TicketChange[]) => {
    await inFlight;
    const values = lastValues;
    if (values && changes.length > 0 && changes.every((change) => isAlreadyRead(change, values)))
      return;
    await refresh(true);
  };

  let unwatch: (() => void) | null = null;
  const watch = () => {
    unwatch ??= watchTicket(
      client,
      (changes) => void onChanges(changes),
      undefined,
      settings.customFieldIds,
    );
  };
  const stop = () => {
    unwatch?.();
    unwatch = null;
  };
  watch();
  return { firstRead: refresh(false), current: () => read, refresh: retry, watch, stop };
}
