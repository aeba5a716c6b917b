// `npm start`: builds the app, serves dist/ with the real `zcli apps:server` (offline, settings from
// zcli.apps.config.json) and serves the preview host page that plays Zendesk around it.
// Options: --port <host page port, 4568> --zcli-port <4567> --no-build.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { assertPortFree } from './launch/assertPortFree';
import { startZcliServer } from './launch/startZcliServer';
import { startPreviewServer } from './server';

const root = resolve(import.meta.dirname, '..');

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

async function main(): Promise<void> {
  const port = option('port', 4568);
  const zcliPort = option('zcli-port', 4567);
  // Fail before the build, not after it, when an earlier preview still holds a port.
  await assertPortFree(port, 'the preview page');
  await assertPortFree(zcliPort, 'zcli apps:server');

  if (!process.argv.includes('--no-build')) {
    console.log('Building the app (vite build) …');
    const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
    const built = spawnSync(process.execPath, [vite, 'build'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('vite build failed');
  }

  const zcli = await startZcliServer(resolve(root, 'dist'), zcliPort);
  console.log(`zcli apps:server: ${zcli.url}/app.json`);
  let preview;
  try {
    preview = await startPreviewServer({ port, zcliUrl: zcli.url });
  } catch (error) {
    await zcli.stop();
    throw error;
  }

  console.log(`\nTriage Assistant preview: ${preview.url}\n(Ctrl-C stops both servers)\n`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await Promise.allSettled([preview.close(), zcli.stop()]);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
