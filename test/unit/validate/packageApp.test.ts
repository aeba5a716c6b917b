// The packager: refuses invalid packages, names the zip after the version, and lays files out
// the way Zendesk's upload expects.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it, onTestFinished } from 'vitest';
import { packageApp, PackagingRefused, zipAppFolder } from '../../../scripts/package/packageApp';
import { makePackage, VALID_PACKAGE } from './helpers/fixturePackage';

function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'triage-package-'));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

describe('packageApp', () => {
  it('writes triage-assistant-<version>.zip with manifest.json at the zip root', () => {
    const output = tempFolder();
    const packaged = packageApp(VALID_PACKAGE, output);

    expect(basename(packaged.zipPath)).toBe('triage-assistant-1.2.3.zip');
    const zipBytes = readFileSync(packaged.zipPath);
    expect(packaged.sizeInBytes).toBe(zipBytes.byteLength);

    const entries = unzipSync(zipBytes);
    expect(Object.keys(entries).sort()).toEqual([
      'assets/index.html',
      'assets/logo-small.png',
      'assets/logo.png',
      'assets/main.js',
      'manifest.json',
      'translations/en.json',
    ]);
    expect(Buffer.from(entries['manifest.json'] ?? []).toString('utf8')).toBe(
      readFileSync(join(VALID_PACKAGE, 'manifest.json'), 'utf8'),
    );
  });

  it('leaves tmp/ out of the zip', () => {
    const folder = makePackage(({ writeText }) => writeText('tmp/app-1.zip', 'old zcli zip'));
    const entries = unzipSync(zipAppFolder(folder));
    expect(Object.keys(entries).some((path) => path.startsWith('tmp/'))).toBe(false);
  });

  it("leaves the local zcli server's configuration out of the zip", () => {
    const folder = makePackage(({ writeText }) =>
      writeText('zcli.apps.config.json', '{"parameters":{"saveCheckMode":"warn"}}'),
    );
    const entries = unzipSync(zipAppFolder(folder));
    expect(Object.keys(entries)).not.toContain('zcli.apps.config.json');
    expect(Object.keys(entries)).toContain('manifest.json');
  });

  it('produces identical bytes for identical input', () => {
    expect(
      Buffer.from(zipAppFolder(VALID_PACKAGE)).equals(Buffer.from(zipAppFolder(VALID_PACKAGE))),
    ).toBe(true);
  });

  it('refuses to package when validation finds an error, and writes nothing', () => {
    const folder = makePackage(({ remove }) => remove('assets/logo.png'));
    const output = tempFolder();
    let refusal: unknown;
    try {
      packageApp(folder, output);
    } catch (caught) {
      refusal = caught;
    }
    expect(refusal).toBeInstanceOf(PackagingRefused);
    expect((refusal as PackagingRefused).problems).toContainEqual(
      expect.objectContaining({ severity: 'error', file: 'assets/logo.png' }),
    );
    expect(() => readFileSync(join(output, 'triage-assistant-1.2.3.zip'))).toThrow();
  });

  it('refuses a manifest without a usable version', () => {
    const folder = makePackage(({ editJson }) =>
      editJson('manifest.json', (manifest) => void (manifest.version = '../1')),
    );
    expect(() => packageApp(folder, tempFolder())).toThrow(/needs a "version"/);
  });
});
