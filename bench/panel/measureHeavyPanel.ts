// The sidebar's render time under a heavy rulebook (see heavyPanelTimes.tsx), in jsdom, with the
// sidebar's modules loaded through Vite as in the component tests.
// Run alone: `npx tsx bench/panel/measureHeavyPanel.ts`; `npm run bench` includes it.
import './installJsdom';
import react from '@vitejs/plugin-react';
import { createServer } from 'vite';
import { fileURLToPath } from 'node:url';
import type { PanelTimes } from './heavyPanelTimes';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function measureHeavyPanel(): Promise<PanelTimes> {
  const server = await createServer({ root: ROOT, configFile: false, plugins: [react()], logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom' });
  try {
    const module = (await server.ssrLoadModule('/bench/panel/heavyPanelTimes.tsx')) as typeof import('./heavyPanelTimes');
    return await module.measureHeavyPanel();
  } finally {
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  measureHeavyPanel().then(
    (times) => {
      console.log(JSON.stringify(times));
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
