// The agent actions' chunk (zendeskActions.ts), fetched once per page: right after the first
// paint (preloadZendeskActions), or by the first action that needs it, whichever comes first.
import { loadOnce } from '../rules/loadOnce';
import { ActionLoadError } from './errors';

export type ZendeskActions = typeof import('./zendeskActions');

let announceLoaded: () => void = () => {};

/** Resolves once the chunk has landed (never rejects; stays pending while nobody loads it). */
export const zendeskActionsLoaded = new Promise<void>((resolve) => {
  announceLoaded = resolve;
});

/**
 * The actions' module. A failed fetch rejects with ActionLoadError (words for the agent) and is
 * tried again on the next call.
 */
export const loadZendeskActions: () => Promise<ZendeskActions> = loadOnce(() =>
  import('./zendeskActions').then(
    (actions) => {
      announceLoaded();
      return actions;
    },
    (error: unknown) => {
      throw new ActionLoadError(error);
    },
  ),
);

/** Fetches the chunk ahead of the first action; a failure is left to that action to report. */
export function preloadZendeskActions(): void {
  loadZendeskActions().catch(() => {});
}
