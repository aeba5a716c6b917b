// `npm run package`: validates dist/ and zips it into triage-assistant-<version>.zip at the repo
// root, ready for upload. Nothing is zipped while the validator reports an error.
import { relative, resolve } from 'node:path';
import { formatProblem } from '../validate/formatProblems';
import { packageApp, PackagingRefused } from './packageApp';

const repoRoot = resolve(import.meta.dirname, '../..');
const appFolder = resolve(process.argv[2] ?? resolve(repoRoot, 'dist'));

try {
  const packaged = packageApp(appFolder, repoRoot);
  for (const problem of packaged.problems) console.log(formatProblem(problem));
  const kilobytes = (packaged.sizeInBytes / 1024).toFixed(1);
  console.log(
    `Packaged ${relative(repoRoot, appFolder) || '.'} → ${packaged.zipPath} (${kilobytes} KiB)`,
  );
} catch (cause) {
  if (cause instanceof PackagingRefused) {
    for (const problem of cause.problems) console.log(formatProblem(problem));
  }
  console.error(
    `package: ${cause instanceof Error ? cause.message : String(cause)}; nothing was zipped`,
  );
  process.exitCode = 1;
}
