// The `ticket.save` hook: warns or blocks when the priority being saved is above the guidance.
//
// How the SDK reads a hook's result (zendesk-apps.md §2.5): a promise that RESOLVES allows the
// save whatever its value, even `false`; only a rejection (or a synchronous false/string/Error)
// blocks. So blocking here means returning a rejected promise with the message, and every other
// path resolves. The hook also fails open: a slow or broken check lets the save go on.
import { isPriority } from '../rules/priority';
import { PRIORITIES, type Priority } from '../rules/types';
import { notify } from './notify';
import type { SaveCheckMode } from './readSettings';
import type { ZafHandler, ZendeskClient } from './ZendeskClient';

export interface SaveCheckState {
  mode: SaveCheckMode;
  /** The priority the latest assessment suggests; null while there is none (the save goes on). */
  suggested: Priority | null;
  /** The ticket's priority as last read; used when the fresh read at save time fails. */
  current?: Priority | null;
  /**
   * A priority the agent chose to save anyway (block mode's "Save anyway" in the sidebar, with a
   * reason): a save with exactly this priority goes through. The hook itself can only allow or
   * block, so the override is given in the panel before the next save.
   */
  allowedAbove?: Priority | null;
}

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** The hook answers within this, allowing the save if it has not decided. */
const SAVE_CHECK_BUDGET_MS = 1_000;
/** How long the fresh read of `ticket.priority` may take before the last known value is used. */
const PRIORITY_READ_BUDGET_MS = 500;

export function registerSaveCheck(
  client: ZendeskClient,
  getState: () => SaveCheckState,
  t: Translate,
): () => void {
  const hook: ZafHandler = () => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const allowInTime = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, SAVE_CHECK_BUDGET_MS);
    });
    const decision = decide(client, getState, t).then(
      (blockMessage) => (blockMessage === null ? undefined : Promise.reject(new Error(blockMessage))),
      () => undefined, // our own failure never blocks an agent's save
    );
    return Promise.race([decision, allowInTime]).finally(() => clearTimeout(timer));
  };
  client.on('ticket.save', hook);
  return () => client.off('ticket.save', hook);
}

/** Resolves with the message to block with, or null to allow (after warning when asked). */
async function decide(
  client: ZendeskClient,
  getState: () => SaveCheckState,
  t: Translate,
): Promise<string | null> {
  const state = getState();
  if (!state || state.mode === 'off' || !isPriority(state.suggested)) return null;
  const suggested = state.suggested;
  const current = await readSavedPriority(client, state.current ?? null);
  if (current === null || rank(current) <= rank(suggested)) return null;
  if (state.allowedAbove === current) return null;

  const vars = { current: t(`ui.priorities.${current}`), suggested: t(`ui.priorities.${suggested}`) };
  if (state.mode === 'block') return t('ui.saveCheck.blocked', vars);
  if (state.mode === 'warn') void notify(client, t('ui.saveCheck.aboveGuidance', vars), 'alert');
  return null;
}

/** The priority about to be saved: read fresh (the agent may just have changed it), else the last known. */
async function readSavedPriority(client: ZendeskClient, lastKnown: Priority | null): Promise<Priority | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fallback = new Promise<Priority | null>((resolve) => {
    timer = setTimeout(() => resolve(lastKnown), PRIORITY_READ_BUDGET_MS);
  });
  const fresh = client.get(['ticket.priority']).then(
    (result) => {
      if (result.errors?.['ticket.priority']) return lastKnown;
      const value = result['ticket.priority'];
      // '-' or empty: the ticket has no priority, so nothing can be above guidance.
      return isPriority(value) ? value : typeof value === 'string' || value === null ? null : lastKnown;
    },
    () => lastKnown,
  );
  return Promise.race([fresh, fallback]).finally(() => clearTimeout(timer));
}

const rank = (priority: Priority) => PRIORITIES.indexOf(priority);
