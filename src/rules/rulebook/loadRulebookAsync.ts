import type { Rulebook } from '../types';
import { DEFAULT_RULEBOOK_BASE } from './defaultRulebookBase';
import type { LoadedRulebook } from './loadRulebook';

/**
 * loadRulebook for the sidebar: the same answer, but the validator and the merge are fetched
 * only when the account has an override. Most accounts have none, so the code that checks an
 * override stays out of the bytes every ticket loads. Never rejects: when the validator itself
 * cannot be loaded, the defaults are used and the problem is reported like any other.
 */
export async function loadRulebookAsync(overrideText: string | undefined, defaults: Rulebook = DEFAULT_RULEBOOK_BASE): Promise<LoadedRulebook> {
  if (typeof overrideText !== 'string' || overrideText.trim() === '') return { rulebook: defaults, problems: [], warnings: [] };
  try {
    const { loadRulebook } = await import('./loadRulebook');
    return loadRulebook(overrideText, defaults);
  } catch (error) {
    return { rulebook: defaults, problems: [{ path: '$', message: `The rulebook check could not be loaded: ${String(error)}` }], warnings: [] };
  }
}
