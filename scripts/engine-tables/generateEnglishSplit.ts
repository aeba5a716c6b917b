// The texts of src/ui/i18n/englishFirstPaint.generated.json and englishLater.generated.json: the
// English `ui` words split by splitEnglish into what the first paint shows (bundled) and the
// words of the parts rendered after it (fetched with them).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { splitEnglish } from '../../src/ui/i18n/laterWords';
import { REPO_ROOT } from './generateCueTable';

const I18N_DIR = resolve(REPO_ROOT, 'src', 'ui', 'i18n');
const ENGLISH_PATH = resolve(REPO_ROOT, 'translations', 'en.json');
export const FIRST_PAINT_WORDS_PATH = resolve(I18N_DIR, 'englishFirstPaint.generated.json');
export const LATER_WORDS_PATH = resolve(I18N_DIR, 'englishLater.generated.json');

export function generateEnglishSplitTexts(): { firstPaint: string; later: string } {
  const { ui } = JSON.parse(readFileSync(ENGLISH_PATH, 'utf8')) as { ui: Record<string, unknown> };
  const { firstPaint, later } = splitEnglish(ui);
  return { firstPaint: `${JSON.stringify(firstPaint, null, 2)}\n`, later: `${JSON.stringify(later, null, 2)}\n` };
}
