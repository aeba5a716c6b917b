// `npm run requirements`: regenerates requirements.json from the rulebook's macro library.
// `npm run requirements -- --check` only compares and exits 1 when the file is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { generateRequirementsText, REPO_ROOT, REQUIREMENTS_PATH } from './generateRequirements';

const checkOnly = process.argv.includes('--check');
const name = relative(REPO_ROOT, REQUIREMENTS_PATH);

try {
  const expected = generateRequirementsText();
  const current = existsSync(REQUIREMENTS_PATH) ? readFileSync(REQUIREMENTS_PATH, 'utf8') : null;
  if (current === expected) {
    console.log(`${name} is up to date`);
  } else if (checkOnly) {
    console.error(`${name} is stale: run npm run requirements`);
    process.exitCode = 1;
  } else {
    writeFileSync(REQUIREMENTS_PATH, expected);
    console.log(`${name} written`);
  }
} catch (cause) {
  console.error(`requirements: ${cause instanceof Error ? cause.message : String(cause)}`);
  process.exitCode = 1;
}
