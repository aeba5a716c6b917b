// Zips a validated app folder the way Zendesk expects an upload: manifest.json at the zip root,
// tmp/ and symlinks left out (as zcli does), and so is the local zcli server's configuration.
// The zip is byte-for-byte reproducible.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { readAppPackage } from '../validate/appPackage';
import { hasErrors, validatePackage } from '../validate/validatePackage';
import { isJsonObject } from '../validate/jsonValue';
import type { Problem } from '../validate/problem';

export const ZIP_BASENAME = 'triage-assistant';
/** Fixed entry timestamp, so the same dist/ always gives the same zip (and checksum). */
const ENTRY_TIME = new Date(2000, 0, 1);
const SAFE_VERSION = /^[\w.+-]+$/;
/** Development-only files that the build leaves in dist/ for `zcli apps:server`, never uploaded. */
const LOCAL_ONLY_FILES = new Set(['zcli.apps.config.json', '.zcliignore']);

export class PackagingRefused extends Error {
  constructor(
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'PackagingRefused';
  }
}

export interface PackagedApp {
  zipPath: string;
  sizeInBytes: number;
  version: string;
  /** Warnings from validation (errors refuse packaging). */
  problems: Problem[];
}

/** The zip bytes for an app folder: manifest.json first, then every other file in path order. */
export function zipAppFolder(appFolder: string): Uint8Array {
  const appPackage = readAppPackage(appFolder);
  const ordered = appPackage.files.filter((file) => !LOCAL_ONLY_FILES.has(file)).sort(
    (a, b) => Number(b === 'manifest.json') - Number(a === 'manifest.json'),
  );
  const entries: Zippable = {};
  for (const file of ordered) entries[file] = [appPackage.read(file), { mtime: ENTRY_TIME }];
  return zipSync(entries, { level: 9 });
}

/** Validates `appFolder`, then writes `<outputFolder>/triage-assistant-<version>.zip`. */
export function packageApp(appFolder: string, outputFolder: string): PackagedApp {
  const problems = validatePackage(appFolder);
  if (hasErrors(problems)) {
    throw new PackagingRefused(`${appFolder} does not pass validation`, problems);
  }
  const version = manifestVersion(appFolder);
  if (version === null) {
    throw new PackagingRefused('manifest.json needs a "version" such as "1.0.0" to name the zip');
  }

  const zip = zipAppFolder(appFolder);
  const zipPath = join(outputFolder, `${ZIP_BASENAME}-${version}.zip`);
  writeFileSync(zipPath, zip);
  return { zipPath, sizeInBytes: zip.byteLength, version, problems };
}

/** The manifest's version when it is safe in a file name, else null. */
function manifestVersion(appFolder: string): string | null {
  const manifest: unknown = JSON.parse(readAppPackage(appFolder).readText('manifest.json'));
  const version = isJsonObject(manifest) ? manifest.version : undefined;
  return typeof version === 'string' && SAFE_VERSION.test(version) ? version : null;
}
