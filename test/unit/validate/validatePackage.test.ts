import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePackage } from '../../../scripts/validate/validatePackage';
import { makePackage, VALID_PACKAGE } from './helpers/fixturePackage';

const repoRoot = resolve(import.meta.dirname, '../../..');

function runValidateCli(appFolder: string): { status: number | null; stdout: string } {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', resolve(repoRoot, 'scripts/validate/cli.ts'), appFolder],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  return { status: result.status, stdout: result.stdout + result.stderr };
}

describe('validatePackage', () => {
  it('finds no problem at all in the valid fixture', () => {
    expect(validatePackage(VALID_PACKAGE)).toEqual([]);
  });

  it('refuses a folder that does not exist', () => {
    expect(() => validatePackage(resolve(VALID_PACKAGE, 'no-such-folder'))).toThrow(/not a folder/);
  });
});

describe('validate CLI', () => {
  it('exits 0 and prints a summary for a valid package', () => {
    const { status, stdout } = runValidateCli(VALID_PACKAGE);
    expect(status).toBe(0);
    expect(stdout).toMatch(/0 errors, 0 warnings/);
  });

  it('prints "severity  file  key  message" lines and exits 1 on an error', () => {
    const folder = makePackage(({ editJson }) =>
      editJson('manifest.json', (manifest) => {
        manifest.parameters[0].type = 'dropdown';
      }),
    );
    const { status, stdout } = runValidateCli(folder);
    expect(status).toBe(1);
    expect(stdout).toContain(
      'error  manifest.json  parameters[0].type  must be one of text, checkbox',
    );
    expect(stdout).toMatch(/1 error, 0 warnings/);
  });

  it('exits 0 when there are only warnings', () => {
    const folder = makePackage(({ writeText }) =>
      writeText('assets/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>'),
    );
    const { status, stdout } = runValidateCli(folder);
    expect(status).toBe(0);
    expect(stdout).toContain('warning  assets/logo.svg  -  will be sanitized');
  });
});
