// Starts the real `zcli apps:server <appDir> --port <port>` as a child process and waits until its
// /app.json answers. zcli reads zcli.apps.config.json from the app directory; with every manifest
// parameter listed there it never prompts, so it runs headless and offline.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { assertPortFree } from './assertPortFree';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

export async function startZcliServer(appDir: string, port: number, timeoutMs = 30_000): Promise<RunningServer> {
  const dir = resolve(appDir);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} has no manifest.json: run \`npm run build\` first`);
  if (!existsSync(join(dir, 'zcli.apps.config.json'))) {
    throw new Error(`${dir} has no zcli.apps.config.json: without it zcli prompts for every setting (rebuild with \`npm run build\`)`);
  }
  await assertPortFree(port, 'zcli apps:server');
  const require = createRequire(import.meta.url);
  const zcliBin = join(dirname(require.resolve('@zendesk/zcli/package.json')), 'bin', 'run');
  const child = spawn(process.execPath, [zcliBin, 'apps:server', dir, '--port', String(port)], {
    // stdin closed: should zcli ever prompt, it fails instead of hanging.
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ZCLI_SKIP_NEW_VERSION_CHECK: '1', ZCLI_APPS_SKIP_NEW_VERSION_CHECK: '1' },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

  const url = `http://localhost:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`zcli apps:server exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${url}/app.json`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`zcli apps:server did not answer on ${url} within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }

  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}
