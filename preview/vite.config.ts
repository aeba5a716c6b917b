// Builds the preview host page (not part of the Zendesk app). preview/server.ts builds it in memory
// at start-up; `vite build -c preview/vite.config.ts` writes it to dist-preview/ for inspection.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: resolve(root, '..', 'dist-preview'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
});
