// The look generator runs through Vite's module runner, not plain Node: styled-components and
// Garden ship CommonJS next to ESM, and Node's own loader hands a default import the whole
// CommonJS exports object, where Vite (as in the app's build and in Vitest) picks the ESM entry.
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

type LookGenerator = typeof import('./generateLook');

export async function loadLookGenerator(): Promise<LookGenerator> {
  const { module } = await runnerImport<LookGenerator>(resolve(import.meta.dirname, 'generateLook.tsx'), {
    configFile: false,
    logLevel: 'warn',
    ssr: { noExternal: true },
  });
  return module;
}
