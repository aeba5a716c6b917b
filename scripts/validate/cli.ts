// `npm run validate [folder]`: checks a built Zendesk app folder (default dist/) offline, the way
// Zendesk's validator would on upload. Exits 1 on any error; warnings alone exit 0.
import { resolve } from 'node:path';
import { formatProblem, formatSummary } from './formatProblems';
import { hasErrors, validatePackage } from './validatePackage';

// The last argument wins, so `npm run validate -- other/folder` overrides the script's `dist`.
const appFolder = process.argv.slice(2).at(-1) ?? 'dist';

try {
  const problems = validatePackage(resolve(appFolder));
  for (const problem of problems) console.log(formatProblem(problem));
  console.log(formatSummary(problems, appFolder));
  process.exitCode = hasErrors(problems) ? 1 : 0;
} catch (cause) {
  console.error(`validate: ${cause instanceof Error ? cause.message : String(cause)}`);
  process.exitCode = 1;
}
