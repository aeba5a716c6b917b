// Bundle weight: every file the sidebar loads at start-up, gzipped one by one with node:zlib's
// default level (6, what most CDNs and Zendesk's asset host use on the fly; level 9 is printed
// alongside for comparison) and summed.
import { readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { displayPath, listLoadedFiles } from './listLoadedFiles';

export interface BundleFile {
  path: string;
  rawBytes: number;
  gzipBytes: number;
  gzip9Bytes: number;
}

export interface BundleWeight {
  files: BundleFile[];
  lazy: BundleFile[];
  totalGzip: number;
  totalGzip9: number;
  totalRaw: number;
}

export function gzipSize(
  content: Uint8Array,
  level: number = constants.Z_DEFAULT_COMPRESSION,
): number {
  return gzipSync(content, { level }).length;
}

function measureFile(root: string, path: string): BundleFile {
  const content = readFileSync(path);
  return {
    path: displayPath(root, path),
    rawBytes: statSync(path).size,
    gzipBytes: gzipSize(content),
    gzip9Bytes: gzipSize(content, 9),
  };
}

function measureContent(path: string, content: Uint8Array): BundleFile {
  return {
    path,
    rawBytes: content.length,
    gzipBytes: gzipSize(content),
    gzip9Bytes: gzipSize(content, 9),
  };
}

/**
 * `external` supplies what a script from another origin weighs (the ZAF SDK from Zendesk's CDN,
 * loaded by index.html in a real account); a script it does not know makes the measure fail.
 */
export function measureBundle(
  indexHtml: string,
  external: (url: string) => Uint8Array | undefined = () => undefined,
): BundleWeight {
  const root = dirname(indexHtml);
  const { eager, lazy, external: urls } = listLoadedFiles(indexHtml);
  // index.html itself is loaded too; count it like any other file.
  const files = [indexHtml, ...eager].map((path) => measureFile(root, path));
  for (const url of urls) {
    const content = external(url);
    if (!content) throw new Error(`index.html loads ${url}, whose weight is unknown`);
    files.push(measureContent(url.replace(/^https?:\/\//, ''), content));
  }
  const sum = (key: 'rawBytes' | 'gzipBytes' | 'gzip9Bytes') =>
    files.reduce((total, file) => total + file[key], 0);
  return {
    files,
    lazy: lazy.map((path) => measureFile(root, path)),
    totalGzip: sum('gzipBytes'),
    totalGzip9: sum('gzip9Bytes'),
    totalRaw: sum('rawBytes'),
  };
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
