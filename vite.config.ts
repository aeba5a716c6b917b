// Builds dist/ as an uploadable Zendesk app: the bundle and index.html in dist/assets/ (with the
// logos from assets/), manifest.json, requirements.json and translations/ at the root.
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;
const dist = resolve(root, 'dist');

/**
 * Lays out the files Zendesk expects beside the bundle. Only for the real build into
 * dist/assets: a scratch build elsewhere (`--outDir /tmp/x`) must leave dist/ alone.
 */
function zendeskAppLayout(): Plugin {
  let buildsTheApp = false;
  return {
    name: 'zendesk-app-layout',
    apply: 'build',
    configResolved(config) {
      buildsTheApp = resolve(config.root, config.build.outDir) === resolve(dist, 'assets');
    },
    buildStart() {
      if (buildsTheApp) rmSync(dist, { recursive: true, force: true });
    },
    closeBundle() {
      if (!buildsTheApp) return;
      mkdirSync(dist, { recursive: true });
      cpSync(resolve(root, 'manifest.json'), resolve(dist, 'manifest.json'));
      cpSync(resolve(root, 'translations'), resolve(dist, 'translations'), { recursive: true });
      const requirements = resolve(root, 'requirements.json');
      if (existsSync(requirements)) cpSync(requirements, resolve(dist, 'requirements.json'));
      // `zcli apps:server dist` reads its settings from the app directory; with every parameter
      // listed there it never prompts (npm start, browser tests). Zendesk ignores the file.
      const zcliConfig = resolve(root, 'zcli.apps.config.json');
      if (existsSync(zcliConfig)) cpSync(zcliConfig, resolve(dist, 'zcli.apps.config.json'));
      // …and `zcli apps:create|update dist` must not upload it: zcli skips what .zcliignore names.
      writeFileSync(resolve(dist, '.zcliignore'), 'zcli.apps.config.json\n.zcliignore\n');
    },
  };
}

/**
 * Drops index.html's comments from the built page: they explain the source to us, and every
 * ticket load would download them.
 */
function withoutHtmlComments(): Plugin {
  return {
    name: 'without-html-comments',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/\s*<!--[\s\S]*?-->/g, ''),
    },
  };
}

/**
 * The boot chunk's script goes into index.html before the app's: the browser runs it as soon as the
 * page is parsed, so the ticket session (src/ui/session/earlySession.ts) talks to Zendesk while
 * the app's larger chunk is still arriving. The app's chunk imports the same module, so it runs
 * once.
 */
function bootScriptFirst(): Plugin {
  return {
    name: 'boot-script-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const boot = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === 'boot',
        );
        if (!boot) throw new Error('boot-script-first: no boot chunk in the bundle');
        const tag = `<script type="module" crossorigin src="./${boot.fileName}"></script>`;
        const appScript = html.indexOf('<script type="module"');
        if (appScript < 0) throw new Error('boot-script-first: no module script in index.html');
        return `${html.slice(0, appScript)}${tag}\n    ${html.slice(appScript)}`;
      },
    },
  };
}

export default defineConfig({
  root: resolve(root, 'src'),
  base: './',
  publicDir: resolve(root, 'assets'),
  plugins: [react(), withoutHtmlComments(), bootScriptFirst(), zendeskAppLayout()],
  build: {
    outDir: resolve(dist, 'assets'),
    assetsDir: '',
    emptyOutDir: true,
    // Zendesk supports current browsers only; es2022 keeps class fields, optional chaining and ??
    // as written instead of down-levelling them into longer code.
    target: 'es2022',
    // Every module-supporting browser Zendesk runs in has modulepreload; skip Vite's polyfill.
    modulePreload: { polyfill: false },
    // esbuild's CSS minifier keeps numbers as written; lightningcss (Vite's default here) rounds
    // them: Garden's line-height 1.4285714285714286 would become 1.42857, 14 px × that falls just
    // under 20 px, and every line of text would move.
    cssMinify: 'esbuild',
    sourcemap: false,
    rolldownOptions: {
      input: {
        index: resolve(root, 'src/index.html'),
        boot: resolve(root, 'src/ui/session/earlySession.ts'),
      },
    },
  },
  // Keeps the licence comments of what the CSS bundles (Garden's reset), at the end of the file.
  esbuild: { legalComments: 'eof' },
  server: { port: 3000 },
});
