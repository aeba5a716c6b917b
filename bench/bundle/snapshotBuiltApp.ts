// The bench measures a private copy of dist/: other work in the same tree may rebuild dist/ at
// any moment, and a rebuild under a running zcli server blanks the frames it serves. Builds first
// when dist/ is missing; retries the copy if it caught a build half-way.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { listLoadedFiles } from './listLoadedFiles';

const REPO = resolve(import.meta.dirname, '..', '..');
const DIST = join(REPO, 'dist');

export function snapshotBuiltApp(progress: (message: string) => void): string {
  if (!existsSync(join(DIST, 'assets', 'index.html'))) {
    progress('dist/assets/index.html is missing: running vite build');
    const build = spawnSync('npx', ['vite', 'build'], {
      cwd: REPO,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (build.status !== 0) throw new Error('vite build failed');
  }
  for (let attempt = 1; ; attempt++) {
    const copy = mkdtempSync(join(tmpdir(), 'triage-bench-app-'));
    try {
      cpSync(DIST, copy, { recursive: true });
      const complete = ['manifest.json', 'zcli.apps.config.json', 'assets/index.html'].every(
        (file) => existsSync(join(copy, file)),
      );
      if (!complete) throw new Error('dist/ is incomplete');
      for (const file of listLoadedFiles(join(copy, 'assets', 'index.html')).eager) {
        if (!existsSync(file)) throw new Error(`dist/ lacks ${file}`);
      }
      return copy;
    } catch (error) {
      rmSync(copy, { recursive: true, force: true });
      if (attempt >= 5) throw error;
      progress(`dist/ changed while copying it (${String(error)}); trying again`);
      spawnSync('sleep', ['2']);
    }
  }
}
