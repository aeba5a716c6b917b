// `npm run engine-tables`: compiles the engine's tables that would otherwise be tokenized and
// stemmed when the engine loads (the classifier's cues) into generated modules. `npm run build`
// runs it first. `npm run engine-tables -- --check` only compares and exits 1 when a file is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { CUE_TABLE_PATH, generateCueTableText, REPO_ROOT } from './generateCueTable';

const checkOnly = process.argv.includes('--check');
const name = relative(REPO_ROOT, CUE_TABLE_PATH);

try {
  const expected = generateCueTableText();
  const current = existsSync(CUE_TABLE_PATH) ? readFileSync(CUE_TABLE_PATH, 'utf8') : null;
  if (current === expected) {
    console.log(`${name} is up to date`);
  } else if (checkOnly) {
    console.error(`${name} is stale: run npm run engine-tables`);
    process.exitCode = 1;
  } else {
    writeFileSync(CUE_TABLE_PATH, expected);
    console.log(`${name} written`);
  }
} catch (cause) {
  console.error(`engine-tables: ${cause instanceof Error ? cause.message : String(cause)}`);
  process.exitCode = 1;
}
