// What the preview, the browser tests and the benchmarks serve at Zendesk's CDN address for the
// ZAF SDK, so the built app runs on its production path (index.html's script tag) with no network.
// Zendesk's CDN build is not on npm; the stand-in is the npm `zendesk_app_framework_sdk` 2.0.11
// source, which speaks the same wire protocol (zendesk-apps.md §14), built as the CDN's UMD global
// `ZAFClient`, with the one difference that would make tests lie about a real account: calls wait
// 5 minutes for an answer, as the CDN build does, instead of the npm build's 5 seconds.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { build, type Plugin } from 'vite';

/** Where index.html loads the SDK from in a real account. */
export const ZAF_SDK_CDN_URL = 'https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js';

/** The CDN build's call timeout (zendesk-apps.md §2.2). */
const CDN_CALL_TIMEOUT_MS = 5 * 60 * 1000;
const NPM_TIMEOUT_LINE = 'PROMISE_TIMEOUT = 5000';

let built: Promise<string> | null = null;

/** The stand-in script's text, built once per process. */
export function zafSdkStandIn(): Promise<string> {
  built ??= buildStandIn();
  return built;
}

async function buildStandIn(): Promise<string> {
  const require = createRequire(import.meta.url);
  const sdkRoot = dirname(require.resolve('zendesk_app_framework_sdk/package.json'));
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    root: sdkRoot,
    plugins: [cdnCallTimeout()],
    build: {
      write: false,
      minify: true,
      target: 'es2018',
      lib: { entry: `${sdkRoot}/lib/index.js`, name: 'ZAFClient', formats: ['iife'], fileName: () => 'zaf_sdk.min.js' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    for (const item of output.output) if (item.type === 'chunk') return item.code;
  }
  throw new Error('Building the ZAF SDK stand-in produced no script');
}

/** Gives the npm source the CDN build's call timeout; fails loudly if the source changed. */
function cdnCallTimeout(): Plugin {
  return {
    name: 'zaf-sdk-cdn-call-timeout',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('zendesk_app_framework_sdk/lib/client.js')) return null;
      if (!code.includes(NPM_TIMEOUT_LINE))
        throw new Error(`The npm SDK no longer has "${NPM_TIMEOUT_LINE}": update preview/sdk/zafSdkStandIn.ts`);
      return code.replace(NPM_TIMEOUT_LINE, `PROMISE_TIMEOUT = ${CDN_CALL_TIMEOUT_MS}`);
    },
  };
}
