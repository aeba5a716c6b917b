// `npm run look`: writes the panel's static look (src/ui/look/look.generated.css and .ts) from
// lookCatalogue.tsx, so the sidebar renders with plain class names and no CSS-in-JS at start-up.
// `npm run build` runs it first; `npm run look -- --check` only compares and exits 1 when stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { loadLookGenerator } from './loadLookGenerator';

const checkOnly = process.argv.includes('--check');

try {
  const { generateLookFiles, LOOK_CSS_PATH, LOOK_TS_PATH, REPO_ROOT } = await loadLookGenerator();
  const { css, ts } = generateLookFiles();
  for (const [path, expected] of [
    [LOOK_CSS_PATH, css],
    [LOOK_TS_PATH, ts],
  ] as const) {
    const name = relative(REPO_ROOT, path);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (current === expected) console.log(`${name} is up to date`);
    else if (checkOnly) {
      console.error(`${name} is stale: run npm run look`);
      process.exitCode = 1;
    } else {
      writeFileSync(path, expected);
      console.log(`${name} written`);
    }
  }
} catch (cause) {
  console.error(`look: ${cause instanceof Error ? cause.stack : String(cause)}`);
  process.exitCode = 1;
}
