// Builds the baseline page with Vite into a throw-away Zendesk app directory (manifest,
// translations and zcli settings copied from the real app), so the real `zcli apps:server` and
// the same preview host serve it exactly like the sidebar app.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const REPO = resolve(import.meta.dirname, '..', '..');

export async function buildBaselineApp(): Promise<string> {
  const appDir = mkdtempSync(join(tmpdir(), 'triage-baseline-'));
  await build({
    configFile: false,
    root: import.meta.dirname,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir: join(appDir, 'assets'),
      assetsDir: '',
      emptyOutDir: true,
      target: 'es2020',
      sourcemap: false,
    },
  });
  cpSync(join(REPO, 'manifest.json'), join(appDir, 'manifest.json'));
  cpSync(join(REPO, 'translations'), join(appDir, 'translations'), { recursive: true });
  cpSync(join(REPO, 'zcli.apps.config.json'), join(appDir, 'zcli.apps.config.json'));
  return appDir;
}
