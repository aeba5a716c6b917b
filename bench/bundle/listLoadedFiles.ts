// What the sidebar's index.html makes the browser download at start-up: its scripts, stylesheets
// and modulepreloads, plus every chunk those scripts import statically. Dynamic `import()`s are
// listed separately: they are not part of the start-up weight. Scripts from other origins are
// listed by URL, for the caller to supply.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

export interface LoadedFiles {
  /** Absolute paths loaded at start-up, in discovery order. */
  eager: string[];
  /** Absolute paths only reachable through dynamic import(). */
  lazy: string[];
  /** Scripts index.html loads from other origins (Zendesk's SDK), by URL. */
  external: string[];
}

const HTML_REFERENCE = /<(script|link)\b[^>]*>/gi;
const ATTRIBUTE = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i');
// Minified ES modules: `import{a as b}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`.
const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

export function listLoadedFiles(indexHtml: string): LoadedFiles {
  const root = dirname(indexHtml);
  const html = readFileSync(indexHtml, 'utf8');
  const eager: string[] = [];
  const lazy = new Set<string>();
  const external: string[] = [];
  const queue: string[] = [];

  const addEager = (path: string) => {
    if (eager.includes(path)) return;
    eager.push(path);
    if (path.endsWith('.js') || path.endsWith('.mjs')) queue.push(path);
  };

  for (const match of html.matchAll(HTML_REFERENCE)) {
    const tag = match[0];
    const isScript = match[1]?.toLowerCase() === 'script';
    const url = (isScript ? ATTRIBUTE('src') : ATTRIBUTE('href')).exec(tag)?.[1];
    if (!url || url.startsWith('data:')) continue;
    if (/^(https?:)?\/\//.test(url)) {
      if (isScript) external.push(url);
      continue;
    }
    const rel = ATTRIBUTE('rel').exec(tag)?.[1]?.toLowerCase() ?? '';
    if (isScript || rel === 'stylesheet' || rel === 'modulepreload')
      addEager(resolve(root, url.split(/[?#]/)[0] ?? url));
  }

  while (queue.length > 0) {
    const file = queue.shift() as string;
    const code = readFileSync(file, 'utf8');
    const withoutDynamic = code.replace(DYNAMIC_IMPORT, (_all, path: string) => {
      lazy.add(resolve(dirname(file), path));
      return '';
    });
    for (const match of withoutDynamic.matchAll(STATIC_IMPORT)) {
      const path = match[1];
      if (path) addEager(resolve(dirname(file), path));
    }
  }
  return { eager, lazy: [...lazy].filter((path) => !eager.includes(path)), external };
}

export function displayPath(root: string, path: string): string {
  return relative(root, path) || path;
}
