// The preview's web server (node:http, no framework): the host page, built in memory with
// preview/vite.config.ts at start-up, the sample tickets, and where zcli's app server runs.
// Run alone: `tsx preview/server.ts --port 4568 --zcli-url http://localhost:4567`.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
export const SAMPLES_PATH = resolve(root, 'test', 'fixtures', 'samples', 'tickets.jsonl');

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
};

export interface PreviewServer {
  url: string;
  close(): Promise<void>;
}

/** Builds the host page into memory: file name → contents. */
export async function buildHostPage(): Promise<Map<string, string | Uint8Array>> {
  const result = await build({ configFile: resolve(import.meta.dirname, 'vite.config.ts'), build: { write: false } });
  const outputs = Array.isArray(result) ? result : [result];
  const files = new Map<string, string | Uint8Array>();
  for (const output of outputs) {
    if (!('output' in output)) continue;
    for (const item of output.output) files.set(item.fileName, item.type === 'chunk' ? item.code : item.source);
  }
  if (!files.has('index.html')) throw new Error('The preview build produced no index.html');
  return files;
}

export async function startPreviewServer(options: { port: number; zcliUrl: string }): Promise<PreviewServer> {
  const files = await buildHostPage();
  const config = JSON.stringify({ zcliUrl: options.zcliUrl });

  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const send = (status: number, type: string, body: string | Uint8Array) => {
      response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      response.end(body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'text/plain', 'Method not allowed');
    if (path === '/favicon.ico') return send(204, 'image/x-icon', '');
    if (path === '/preview-config.json') return send(200, CONTENT_TYPES.json!, config);
    if (path === '/samples/tickets.jsonl') {
      readFile(SAMPLES_PATH).then(
        (body) => send(200, CONTENT_TYPES.jsonl!, body),
        () => send(404, 'text/plain', `Missing ${SAMPLES_PATH}`),
      );
      return;
    }
    const name = path === '/' ? 'index.html' : path.slice(1);
    const file = files.get(name);
    if (file === undefined) return send(404, 'text/plain', 'Not found');
    send(200, CONTENT_TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream', file);
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, 'localhost', () => done());
  });
  return {
    url: `http://localhost:${options.port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = await startPreviewServer({
    port: Number(argument('port', '4568')),
    zcliUrl: argument('zcli-url', 'http://localhost:4567'),
  });
  console.log(`Preview host page: ${server.url}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
