// `npm run requirements`: regenerates requirements.json from the rulebook's macro library.
// `npm run requirements -- --check` only compares and exits 1 when the file is stale.
import { writeGeneratedFiles } from '../writeGeneratedFiles';
import { generateRequirementsText, REQUIREMENTS_PATH } from './generateRequirements';

try {
  writeGeneratedFiles([[REQUIREMENTS_PATH, generateRequirementsText()]], 'npm run requirements');
} catch (cause) {
  console.error(`requirements: ${cause instanceof Error ? cause.message : String(cause)}`);
  process.exitCode = 1;
}
