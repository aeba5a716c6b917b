import type { Rulebook } from '../types';
import type { LoadedRulebook } from './loadRulebook';

/** Starts fetching the override's check early; loadRulebookAsync awaits the same module. */
export function preloadRulebookCheck(): void {
  import('./loadRulebook').catch(() => {}); // a failure is loadRulebookAsync's to report
}

/**
 * loadRulebook for the sidebar: the same answer, but the validator and the merge are fetched
 * only when the account has an override. Most accounts have none, so the code that checks an
 * override stays out of the bytes every ticket loads. Never rejects: when the validator itself
 * cannot be loaded, the defaults are used and the problem is reported like any other. Without
 * `defaults`, the whole default rulebook (fetched too: the sidebar always passes its own).
 */
export async function loadRulebookAsync(overrideText: string | undefined, defaults?: Rulebook): Promise<LoadedRulebook> {
  const base = defaults ?? (await import('./defaultRulebookBase')).DEFAULT_RULEBOOK_BASE;
  if (typeof overrideText !== 'string' || overrideText.trim() === '') return { rulebook: base, problems: [], warnings: [] };
  try {
    const { loadRulebook } = await import('./loadRulebook');
    return loadRulebook(overrideText, base);
  } catch (error) {
    return { rulebook: base, problems: [{ path: '$', message: `The rulebook check could not be loaded: ${String(error)}` }], warnings: [] };
  }
}
