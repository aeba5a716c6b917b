import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listLoadedFiles } from '../../../bench/bundle/listLoadedFiles';
import { measureBundle } from '../../../bench/bundle/measureBundle';

describe('listLoadedFiles', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bench-list-'));
    mkdirSync(join(dir, 'chunks'));
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html><head>
        <script type="module" crossorigin src="./index-abc.js"></script>
        <link rel="modulepreload" crossorigin href="./vendor-def.js">
        <link rel="stylesheet" href="./index-123.css">
        <link rel="icon" href="./logo.svg">
        <script src="https://cdn.example.com/x.js"></script>
      </head><body></body></html>`,
    );
    writeFileSync(
      join(dir, 'index-abc.js'),
      'import{a as b}from"./vendor-def.js";import"./chunks/side.js";const l=()=>import("./lazy-1.js");',
    );
    writeFileSync(join(dir, 'vendor-def.js'), 'export const a=1;export*from"./chunks/deep.js";');
    writeFileSync(join(dir, 'chunks', 'side.js'), 'console.log(1)');
    writeFileSync(join(dir, 'chunks', 'deep.js'), 'export const d=2');
    writeFileSync(join(dir, 'lazy-1.js'), 'export default 3');
    writeFileSync(join(dir, 'index-123.css'), 'body{margin:0}');
    writeFileSync(join(dir, 'logo.svg'), '<svg/>');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('follows scripts, stylesheets, modulepreloads and static imports, not icons, CDNs or dynamic imports', () => {
    const { eager, lazy, external } = listLoadedFiles(join(dir, 'index.html'));
    expect(external).toEqual(['https://cdn.example.com/x.js']);
    expect(eager.map((path) => path.slice(dir.length + 1)).sort()).toEqual(
      ['chunks/deep.js', 'chunks/side.js', 'index-123.css', 'index-abc.js', 'vendor-def.js'].sort(),
    );
    expect(lazy.map((path) => path.slice(dir.length + 1))).toEqual(['lazy-1.js']);
  });

  it('sums the gzipped size of index.html, every eager file and the scripts from other origins', () => {
    const cdnScript = new TextEncoder().encode('window.X={init(){}}');
    const weight = measureBundle(join(dir, 'index.html'), (url) => (url === 'https://cdn.example.com/x.js' ? cdnScript : undefined));
    expect(weight.files.map((file) => file.path)).toContain('index.html');
    expect(weight.files.map((file) => file.path)).toContain('cdn.example.com/x.js');
    expect(weight.files).toHaveLength(7);
    expect(weight.totalGzip).toBe(weight.files.reduce((sum, file) => sum + file.gzipBytes, 0));
    expect(weight.lazy.map((file) => file.path)).toEqual(['lazy-1.js']);
  });

  it('refuses to measure when a script from another origin has no known weight', () => {
    expect(() => measureBundle(join(dir, 'index.html'))).toThrow(/cdn\.example\.com/);
  });
});
