// The generators' shared last step (npm run engine-tables, look, requirements): write each file
// whose text changed, or with `--check` only say which are stale and exit 1.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

const REPO_ROOT = resolve(import.meta.dirname, '..');

/** `files` are [absolute path, expected text]; `command` is what regenerates them. */
export function writeGeneratedFiles(files: readonly (readonly [string, string])[], command: string): void {
  const checkOnly = process.argv.includes('--check');
  for (const [path, expected] of files) {
    const name = relative(REPO_ROOT, path);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
    if (current === expected) {
      console.log(`${name} is up to date`);
    } else if (checkOnly) {
      console.error(`${name} is stale: run ${command}`);
      process.exitCode = 1;
    } else {
      writeFileSync(path, expected);
      console.log(`${name} written`);
    }
  }
}
