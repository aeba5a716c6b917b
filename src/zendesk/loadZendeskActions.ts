// The agent actions' chunk (zendeskActions.ts), fetched once per page: right after the first
// paint (preloadZendeskActions), or by the first action that needs it, whichever comes first.
import { ActionLoadError } from './errors';

export type ZendeskActions = typeof import('./zendeskActions');

let loading: Promise<ZendeskActions> | null = null;
let announceLoaded: () => void = () => {};

/** Resolves once the chunk has landed (never rejects; stays pending while nobody loads it). */
export const zendeskActionsLoaded = new Promise<void>((resolve) => {
  announceLoaded = resolve;
});

/**
 * The actions' module. A failed fetch rejects with ActionLoadError (words for the agent) and is
 * tried again on the next call.
 */
export function loadZendeskActions(): Promise<ZendeskActions> {
  loading ??= import('./zendeskActions').then(
    (actions) => {
      announceLoaded();
      return actions;
    },
    (error: unknown) => {
      loading = null;
      throw new ActionLoadError(error);
    },
  );
  return loading;
}

/** Fetches the chunk ahead of the first action; a failure is left to that action to report. */
export function preloadZendeskActions(): void {
  loadZendeskActions().catch(() => {});
}
