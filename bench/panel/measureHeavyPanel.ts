// The sidebar's render time under a heavy rulebook (see heavyPanelTimes.tsx), in jsdom, with the
// sidebar's modules loaded through Vite as in the component tests.
// Run alone: `npx tsx bench/panel/measureHeavyPanel.ts [--flag-rules 10000] [--title-chars 100000]`;
// `npm run bench` includes it. Prints the times as one line of JSON.
import './installJsdom';
import react from '@vitejs/plugin-react';
import { createServer } from 'vite';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { HEAVY_PANEL_SIZES, type HeavyPanelSizes } from './heavyPanelSizes';
import type { PanelTimes } from './heavyPanelTimes';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function measureHeavyPanel(sizes: HeavyPanelSizes = HEAVY_PANEL_SIZES): Promise<PanelTimes> {
  // React's development build, as the component tests render it, whatever NODE_ENV this process
  // inherited: `npm run bench` builds the app in its own process first, and Vite's build sets
  // NODE_ENV=production there, which made React load its production build, where Testing
  // Library's render (act) throws. The production build agents get renders faster than this.
  process.env.NODE_ENV = 'development';
  const server = await createServer({ root: ROOT, configFile: false, plugins: [react()], logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom' });
  try {
    const module = (await server.ssrLoadModule('/bench/panel/heavyPanelTimes.tsx')) as typeof import('./heavyPanelTimes');
    return await module.measureHeavyPanel(sizes);
  } finally {
    await server.close();
  }
}

function sizesFrom(argv: string[]): HeavyPanelSizes {
  const { values } = parseArgs({ args: argv, options: { 'flag-rules': { type: 'string' }, 'title-chars': { type: 'string' } } });
  const count = (text: string | undefined, fallback: number, name: string) => {
    if (text === undefined) return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number ≥ 1, got "${text}"`);
    return value;
  };
  return {
    flagRules: count(values['flag-rules'], HEAVY_PANEL_SIZES.flagRules, 'flag-rules'),
    titleChars: count(values['title-chars'], HEAVY_PANEL_SIZES.titleChars, 'title-chars'),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  Promise.resolve()
    .then(() => measureHeavyPanel(sizesFrom(process.argv.slice(2))))
    .then(
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
