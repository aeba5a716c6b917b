// `npm run engine-tables`: writes the engine's generated modules, so that loading the sidebar
// does no work the build can do once: the classifier's cues compiled to stems
// (src/rules/classify/cueTable.generated.ts), and the default rulebook split into what the first
// assessment needs and the texts fetched after it (src/rules/rulebook/*.generated.json), and the
// English words split the same way (src/ui/i18n/english*.generated.json).
// `npm run build` runs it first. `npm run engine-tables -- --check` only compares and exits 1 when
// a file is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { CUE_TABLE_PATH, generateCueTableText, REPO_ROOT } from './generateCueTable';
import { FIRST_PAINT_WORDS_PATH, generateEnglishSplitTexts, LATER_WORDS_PATH } from './generateEnglishSplit';
import { CORE_PATH, generateRulebookSplitTexts, TEXTS_PATH } from './generateRulebookSplit';

const checkOnly = process.argv.includes('--check');

try {
  const split = generateRulebookSplitTexts();
  const english = generateEnglishSplitTexts();
  const files: [string, string][] = [
    [CUE_TABLE_PATH, generateCueTableText()],
    [CORE_PATH, split.core],
    [TEXTS_PATH, split.texts],
    [FIRST_PAINT_WORDS_PATH, english.firstPaint],
    [LATER_WORDS_PATH, english.later],
  ];
  for (const [path, expected] of files) {
    const name = relative(REPO_ROOT, path);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (current === expected) {
      console.log(`${name} is up to date`);
    } else if (checkOnly) {
      console.error(`${name} is stale: run npm run engine-tables`);
      process.exitCode = 1;
    } else {
      writeFileSync(path, expected);
      console.log(`${name} written`);
    }
  }
} catch (cause) {
  console.error(`engine-tables: ${cause instanceof Error ? cause.message : String(cause)}`);
  process.exitCode = 1;
}
