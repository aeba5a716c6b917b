// The session's macro catalog and installed-requirements lookup, created at start-up (the
// connection carries them) but built from the actions' chunk on first use: only actions use them.
import type { MacroCatalog } from './createMacroCatalog';
import type { RequirementsLookup } from './createRequirementsLookup';
import { loadZendeskActions } from './loadZendeskActions';
import type { ZendeskClient } from './ZendeskClient';

/** Memoizes `create` once the chunk has landed; a failed fetch is tried again on the next call. */
function later<T>(create: (actions: Awaited<ReturnType<typeof loadZendeskActions>>) => T) {
  let made: T | null = null;
  return async (): Promise<T> => (made ??= create(await loadZendeskActions()));
}

export function lazyRequirementsLookup(
  client: ZendeskClient,
  installationId: unknown,
): RequirementsLookup {
  const lookup = later((actions) => actions.createRequirementsLookup(client, installationId));
  const nothing = { macros: new Map(), ticketFields: new Map() };
  // Both never reject, as the real lookup's: without the chunk, nothing reads as installed.
  return {
    load: () => lookup().then((real) => real.load(), () => nothing),
    requestTypeFieldId: () => lookup().then((real) => real.requestTypeFieldId(), () => null),
  };
}

export function lazyMacroCatalog(
  client: ZendeskClient,
  requirements: RequirementsLookup,
): MacroCatalog {
  const catalog = later((actions) => actions.createMacroCatalog(client, requirements));
  return {
    load: async () => (await catalog()).load(),
    idFor: async (macro) => (await catalog()).idFor(macro),
  };
}
