// The app folder as the validator and the packager see it: every regular file, with Zendesk's
// exclusions already applied (tmp/ is skipped by both the validator and zcli's zip).
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface AppPackage {
  /** Absolute path of the app folder. */
  root: string;
  /** Relative posix paths of every packaged file, sorted. */
  files: string[];
  /** Relative posix paths of symbolic links found (neither followed nor packaged). */
  symlinks: string[];
  has(path: string): boolean;
  read(path: string): Buffer;
  readText(path: string): string;
}

const SKIPPED_TOP_LEVEL_FOLDERS = new Set(['tmp']);

export function readAppPackage(root: string): AppPackage {
  if (!existsSync(root) || !lstatSync(root).isDirectory()) {
    throw new Error(`${root} is not a folder (build the app first?)`);
  }
  const files: string[] = [];
  const symlinks: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const absolute = join(folder, entry.name);
      const relativePath = relative(root, absolute).split(sep).join('/');
      if (entry.isSymbolicLink()) symlinks.push(relativePath);
      else if (entry.isDirectory()) {
        if (folder === root && SKIPPED_TOP_LEVEL_FOLDERS.has(entry.name)) continue;
        walk(absolute);
      } else if (entry.isFile()) files.push(relativePath);
    }
  };
  walk(root);
  files.sort();
  symlinks.sort();
  const fileSet = new Set(files);
  return {
    root,
    files,
    symlinks,
    has: (path) => fileSet.has(path),
    read: (path) => readFileSync(join(root, path)),
    readText: (path) => readFileSync(join(root, path), 'utf8'),
  };
}
