import type { RulebookTexts } from './rulebookTexts';

/**
 * The default rulebook's RulebookTexts, in a chunk of their own: the sidebar fetches them right
 * after its first paint (the reasons need the rules' titles and explanations), or before its first
 * assessment when there is an override to check against the whole defaults. Never rejects: null
 * when the chunk cannot be loaded (an override is then checked against the core, which has every
 * rule id and macro slug).
 */
export async function loadDefaultRulebookTexts(): Promise<RulebookTexts | null> {
  try {
    return (await import('./defaultRulebookTexts.generated.json')).default as RulebookTexts;
  } catch {
    return null;
  }
}
