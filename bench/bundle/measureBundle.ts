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

export function measureBundle(indexHtml: string): BundleWeight {
  const root = dirname(indexHtml);
  const { eager, lazy } = listLoadedFiles(indexHtml);
  // index.html itself is loaded too; count it like any other file.
  const files = [indexHtml, ...eager].map((path) => measureFile(root, path));
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
