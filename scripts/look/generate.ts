// `npm run look`: writes the panel's static look (src/ui/look/look.generated.css and .ts) from
// lookCatalogue.tsx, so the sidebar renders with plain class names and no CSS-in-JS at start-up.
// `npm run build` runs it first; `npm run look -- --check` only compares and exits 1 when stale.
import { writeGeneratedFiles } from '../writeGeneratedFiles';
import { loadLookGenerator } from './loadLookGenerator';

try {
  const { generateLookFiles, LOOK_CSS_PATH, LOOK_TS_PATH } = await loadLookGenerator();
  const { css, ts } = generateLookFiles();
  writeGeneratedFiles(
    [
      [LOOK_CSS_PATH, css],
      [LOOK_TS_PATH, ts],
    ],
    'npm run look',
  );
} catch (cause) {
  console.error(`look: ${cause instanceof Error ? cause.stack : String(cause)}`);
  process.exitCode = 1;
}
