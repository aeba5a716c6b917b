// `npm run engine-tables`: writes the engine's generated modules, so that loading the sidebar
// does no work the build can do once: the classifier's cues compiled to stems
// (src/rules/classify/cueTable.generated.ts), and the default rulebook split into what the first
// assessment needs and the texts fetched after it (src/rules/rulebook/*.generated.json), and the
// English words split the same way (src/ui/i18n/english*.generated.json).
// `npm run build` runs it first. `npm run engine-tables -- --check` only compares and exits 1 when
// a file is stale.
import { writeGeneratedFiles } from '../writeGeneratedFiles';
import { CUE_TABLE_PATH, generateCueTableText } from './generateCueTable';
import { FIRST_PAINT_WORDS_PATH, generateEnglishSplitTexts, LATER_WORDS_PATH } from './generateEnglishSplit';
import { CORE_PATH, generateRulebookSplitTexts, TEXTS_PATH } from './generateRulebookSplit';

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
  writeGeneratedFiles(files, 'npm run engine-tables');
} catch (cause) {
  console.error(`engine-tables: ${cause instanceof Error ? cause.message : String(cause)}`);
  process.exitCode = 1;
}
