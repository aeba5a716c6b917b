// The Zendesk side of start-up, outside React: connect, await registration, then send the ticket
// `get` at once (it needs only the settings from the metadata), and the locale `get` beside it.
// Neither goes out before registration: the SDK's 5 s timer for a call starts when it is sent, and
// registration may take up to 10 s, so an early locale read could time out into English. React renders the skeleton meanwhile and picks the result up when it
// settles, so no request waits for a render and no render waits for a request it need not.
import {
  collectTicketChanges,
  createMacroCatalog,
  createRequirementsLookup,
  readSettings,
  readTicket,
  readUserLocale,
  waitForZendesk,
  type AppSettings,
  type MacroCatalog,
  type RequirementsLookup,
  type TicketChange,
  type TicketValues,
  type ZendeskClient,
} from '../../zendesk';
// Directly, not through rules/index: the validator stays in its own chunk, fetched only when the
// account has a rulebook override.
import { loadRulebookAsync } from '../../rules/rulebook/loadRulebookAsync';
import { defaultRulebookFor } from '../../rules/rulebook/defaultRulebookFor';
import { localizeRulebook } from '../../rules/rulebook/localizeRulebook';
import type { Rulebook, RulebookProblem, RulebookWarning, Ticket } from '../../rules/types';
import { loadDictionary, pickLocale, type Dictionary } from '../i18n/loadDictionary';

/**
 * The first ticket read, made during start-up: the hook that assesses starts from it, and takes
 * over the changes Zendesk announced since the read was sent (taking them stops the recording).
 */
export type InitialRead = (
  { ok: true; ticket: Ticket; values: TicketValues } | { ok: false; error: unknown }
) & {
  takeChanges: () => TicketChange[];
};

export interface ConnectedStart {
  client: ZendeskClient;
  settings: AppSettings;
  /** The agent's locale as Zendesk sent it, and its dictionary once loaded (null: English). */
  locale: string;
  dictionary: Dictionary | null;
  initialRead: InitialRead;
  rulebook: Rulebook;
  /** Problems of the admin's rulebook override; the default rulebook is in use when non-empty. */
  rulebookProblems: RulebookProblem[];
  /** What an admin should know about an override in use (a catch-all rule, a missing translation). */
  rulebookWarnings: RulebookWarning[];
  catalog: MacroCatalog;
  requirements: RequirementsLookup;
}

export type StartState =
  | { phase: 'outside' }
  | { phase: 'connecting' }
  | { phase: 'timeout'; seconds: number }
  | { phase: 'connected'; start: ConnectedStart };

export interface SessionStart {
  /** The state now: a render after start-up settled shows the result without a skeleton first. */
  current(): StartState;
  /** Resolves once with the final state; never rejects. */
  settled: Promise<StartState>;
}

export function startZendeskSession(
  connect: () => ZendeskClient | null,
  timeoutMs: number,
): SessionStart {
  let client: ZendeskClient | null;
  try {
    client = connect();
  } catch {
    client = null;
  }
  let state: StartState = client ? { phase: 'connecting' } : { phase: 'outside' };
  // Any start-up step that throws (a dictionary or rulebook chunk that fails to load, say) leaves
  // no usable session: it ends like a registration that never came, never as a rejection.
  const failed: StartState = { phase: 'timeout', seconds: Math.round(timeoutMs / 1000) };
  const settled = client
    ? connectAndRead(client, timeoutMs).catch((): StartState => failed)
    : Promise.resolve(state);
  void settled.then((final) => {
    state = final;
  });
  return { current: () => state, settled };
}

async function connectAndRead(client: ZendeskClient, timeoutMs: number): Promise<StartState> {
  let settings: AppSettings;
  let installationId: unknown;
  try {
    const { metadata } = await waitForZendesk(client, timeoutMs);
    settings = readSettings(metadata);
    installationId = metadata.installationId;
  } catch {
    // A timeout, or a host that answered registration with an error: no usable session.
    return { phase: 'timeout', seconds: Math.round(timeoutMs / 1000) };
  }
  // Never rejects; in parallel with the ticket read.
  const localeRead = readUserLocale(client).then(async (locale) => ({
    locale,
    dictionary: await loadDictionary(pickLocale(locale)),
  }));
  const { take: takeChanges } = collectTicketChanges(client, settings.customFieldIds);
  const initialRead = readTicket(client, settings).then(
    ({ ticket, values }): InitialRead => ({ ok: true, ticket, values, takeChanges }),
    (error: unknown): InitialRead => ({ ok: false, error, takeChanges }),
  );
  // Asked for at once (one request, and none without an installation id), so Insert and Apply
  // triage find the installed ids ready; a 404 or failure means "use the titles".
  const requirements = createRequirementsLookup(client, installationId);
  void requirements.load();
  // The defaults in the agent's language (fetched only for them), then the override on top.
  const rulebookRead = localeRead.then(async ({ locale }) =>
    loadRulebookAsync(settings.rulebookOverride, await defaultRulebookFor(locale)),
  );
  const [{ locale, dictionary }, read, { rulebook, problems, warnings }] = await Promise.all([
    localeRead,
    initialRead,
    rulebookRead,
  ]);
  return {
    phase: 'connected',
    start: {
      client,
      settings,
      locale,
      dictionary,
      initialRead: read,
      // In the agent's language: titles, explanations, next steps and macros, and so the reasons.
      rulebook: localizeRulebook(rulebook, locale),
      rulebookProblems: problems,
      rulebookWarnings: warnings,
      catalog: createMacroCatalog(client, requirements),
      requirements,
    },
  };
}
