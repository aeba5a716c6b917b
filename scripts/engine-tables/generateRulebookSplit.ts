// The texts of src/rules/rulebook/defaultRulebookCore.generated.json and
// defaultRulebookTexts.generated.json: the default rulebook split by splitRulebookTexts into what
// the sidebar's first assessment and first paint need and the texts fetched right after.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { splitRulebookTexts } from '../../src/rules/rulebook/rulebookTexts';
import type { Rulebook } from '../../src/rules/types';
import { REPO_ROOT } from './generateCueTable';

const RULEBOOK_DIR = resolve(REPO_ROOT, 'src', 'rules', 'rulebook');
export const DEFAULT_RULEBOOK_PATH = resolve(RULEBOOK_DIR, 'defaultRulebook.json');
export const CORE_PATH = resolve(RULEBOOK_DIR, 'defaultRulebookCore.generated.json');
export const TEXTS_PATH = resolve(RULEBOOK_DIR, 'defaultRulebookTexts.generated.json');

export function generateRulebookSplitTexts(): { core: string; texts: string } {
  const rulebook = JSON.parse(readFileSync(DEFAULT_RULEBOOK_PATH, 'utf8')) as Rulebook;
  const { core, texts } = splitRulebookTexts(rulebook);
  return { core: `${JSON.stringify(core, null, 2)}\n`, texts: `${JSON.stringify(texts, null, 2)}\n` };
}
