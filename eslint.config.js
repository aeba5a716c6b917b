// Lint: typescript-eslint, react-hooks, and the one-way dependency rule ui → zendesk → rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** Forbid imports that point against the layer order. */
const forbid = (...groups) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: groups.map(([group, message]) => ({ group, message })),
    },
  ],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Ticket text is rendered as text: no dangerouslySetInnerHTML.',
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // rules/ is pure: no React, no ZAF, no DOM, and nothing from the outer layers.
    files: ['src/rules/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'sessionStorage',
          'fetch',
          'XMLHttpRequest',
          'process',
        ].map((name) => ({
          name,
          message:
            'src/rules is pure: it runs in the sidebar and in Node, with no DOM, network or process.',
        })),
      ],
      ...forbid(
        [
          ['**/zendesk/**', '**/ui/**', '**/cli/**'],
          'src/rules is the core: it imports no outer layer.',
        ],
        [
          ['react', 'react-dom', 'react-dom/*', 'styled-components', '@zendeskgarden/*'],
          'src/rules has no UI.',
        ],
        [['zendesk_app_framework_sdk'], 'src/rules does not talk to Zendesk.'],
        [['node:*', 'fs', 'path'], 'src/rules runs in the browser too: no Node built-ins.'],
      ),
    },
  },
  {
    files: ['src/zendesk/**/*.ts'],
    rules: forbid(
      [['**/ui/**', '**/cli/**'], 'src/zendesk may import src/rules only, never ui or cli.'],
      [
        ['react', 'react-dom', 'react-dom/*', 'styled-components', '@zendeskgarden/*'],
        'src/zendesk has no UI.',
      ],
    ),
  },
  {
    // Only src/zendesk/bundledZafSdk.ts may bundle the npm SDK (the offline fallback).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/zendesk/bundledZafSdk.ts', 'src/rules/**/*.ts', 'src/zendesk/**/*.ts'],
    rules: forbid(
      [['zendesk_app_framework_sdk'], 'Only src/zendesk/bundledZafSdk.ts bundles the npm SDK (the fallback).'],
      [['**/cli/**'], 'The CLI is an entry point, not a library.'],
    ),
  },
  {
    // The first paint renders pre-rendered looks (src/ui/look): no CSS-in-JS on the start-up path.
    // Garden's components and styled-components run only in the later parts, fetched after it,
    // and in the look's build-time source.
    files: ['src/ui/**/*.{ts,tsx}'],
    ignores: [
      'src/ui/look/lookSource.ts',
      'src/ui/look/lookCatalogue.tsx',
      'src/ui/styled.d.ts',
      'src/ui/GardenTheme.tsx',
      'src/ui/clock/**',
      'src/ui/related/**',
      'src/ui/panel/ApplyTriage.tsx',
      'src/ui/panel/ConfigurationNotices.tsx',
      'src/ui/panel/OwnerOverride.tsx',
      'src/ui/panel/SaveAnyway.tsx',
    ],
    rules: forbid(
      [
        ['styled-components', '@zendeskgarden/react-*'],
        'The first paint uses src/ui/look (pre-rendered Garden looks); Garden and styled-components belong to the later parts (laterParts.ts).',
      ],
      [['zendesk_app_framework_sdk'], 'Only src/zendesk/bundledZafSdk.ts bundles the npm SDK (the fallback).'],
      [['**/cli/**'], 'The CLI is an entry point, not a library.'],
    ),
  },
  {
    files: ['src/zendesk/**/*.ts'],
    ignores: ['src/zendesk/bundledZafSdk.ts'],
    rules: forbid(
      [['**/ui/**', '**/cli/**'], 'src/zendesk may import src/rules only, never ui or cli.'],
      [
        ['react', 'react-dom', 'react-dom/*', 'styled-components', '@zendeskgarden/*'],
        'src/zendesk has no UI.',
      ],
      [['zendesk_app_framework_sdk'], 'Only src/zendesk/bundledZafSdk.ts bundles the npm SDK (the fallback).'],
    ),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: forbid([['**/ui/**', '**/zendesk/**'], 'The dry-run command uses the engine only.']),
  },
);
