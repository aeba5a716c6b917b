// Which of our built-in macros exist in the account, resolved once per session: by the id the
// installation created (requirements), else by title.
import {
  MACRO_TITLE_PREFIX,
  requirementIdentifier,
} from '../rules/requirements/requirementIdentifier';
import type { MacroDefinition } from '../rules/types';
import type { RequirementsLookup } from './createRequirementsLookup';
import { nextPageUrl } from './nextPageUrl';
import { requestOnceMore } from './requestOnceMore';
import type { ZendeskClient } from './ZendeskClient';

export interface MacroCatalog {
  /** Title → macro id of every active macro, loaded once; a failed load is retried on the next call. */
  load(): Promise<ReadonlyMap<string, number>>;
  /**
   * The account's id for a built-in macro: the macro the installation created for its slug, else
   * the active macro titled exactly so, else "Triage::<title>"; null when there is none.
   */
  idFor(
    macro: Pick<MacroDefinition, 'title'> & Partial<Pick<MacroDefinition, 'slug'>>,
  ): Promise<number | null>;
}

/**
 * List Macros, filtered to active macros the agent can apply, with cursor pagination: the paging
 * Zendesk documents for this endpoint (List Active Macros documents no paging parameters at all).
 * Later pages (`links.next`) must stay on this path.
 */
const MACROS_PATH = '/api/v2/macros';
export const MACROS_URL = `${MACROS_PATH}?active=true&only_viewable=true&page[size]=100`;
/** Installed macros are prefixed so they group in Zendesk's macro menu. */
/** Zendesk's cursor pagination stops at 10,000 records anyway; this also stops a looping cursor. */
const MAX_PAGES = 100;

interface MacroPage {
  macros?: unknown;
}

export function createMacroCatalog(
  client: ZendeskClient,
  requirements?: RequirementsLookup,
): MacroCatalog {
  let cached: Promise<ReadonlyMap<string, number>> | null = null;

  const load = () => {
    if (!cached) {
      const attempt = loadActiveMacros(client);
      cached = attempt;
      // Forget a failure so the next Insert click tries again instead of failing forever.
      attempt.catch(() => {
        if (cached === attempt) cached = null;
      });
    }
    return cached;
  };

  return {
    load,
    async idFor(macro) {
      if (requirements && macro.slug) {
        // Never rejects: a failed or missing requirements list reads as empty.
        const installed = (await requirements.load()).macros.get(requirementIdentifier(macro.slug));
        if (installed !== undefined) return installed;
      }
      const titles = await load();
      return titles.get(macro.title) ?? titles.get(`${MACRO_TITLE_PREFIX}${macro.title}`) ?? null;
    },
  };
}

async function loadActiveMacros(client: ZendeskClient): Promise<ReadonlyMap<string, number>> {
  const titles = new Map<string, number>();
  const seen = new Set<string>();
  let url: string | null = MACROS_URL;
  for (let page = 0; url && page < MAX_PAGES; page++) {
    seen.add(url);
    const body = await requestOnceMore(client, url);
    const { macros, next } = readPage(body);
    for (const { id, title } of macros) if (!titles.has(title)) titles.set(title, id);
    url = next && !seen.has(next) ? next : null;
  }
  return titles;
}

function readPage(body: unknown): { macros: { id: number; title: string }[]; next: string | null } {
  const page = (body && typeof body === 'object' ? body : {}) as MacroPage;
  const macros: { id: number; title: string }[] = [];
  if (Array.isArray(page.macros)) {
    for (const item of page.macros as unknown[]) {
      if (!item || typeof item !== 'object') continue;
      const { id, title, active } = item as Record<string, unknown>;
      if (typeof id === 'number' && typeof title === 'string' && active !== false)
        macros.push({ id, title: title.trim() });
    }
  }
  const next = nextPageUrl(body, MACROS_PATH);
  // Only the list itself, not another endpoint under it (`/api/v2/macros/…`).
  return { macros, next: next && new URL(next, 'https://x.invalid').pathname === MACROS_PATH ? next : null };
}
