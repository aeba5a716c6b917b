// Broken packages on demand: copy the valid fixture into a temp folder, apply one mutation, and
// delete the folder when the test ends. One valid folder + one mutation per rule beats 40 folders.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { expect, onTestFinished } from 'vitest';
import type { Problem, Severity } from '../../../../scripts/validate/problem';
import { validatePackage } from '../../../../scripts/validate/validatePackage';

export const VALID_PACKAGE = resolve(import.meta.dirname, '../../../fixtures/packages/valid');

// Mutations deliberately write wrongly typed JSON, so a precise type would only get in the way.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LooseJson = any;

export interface PackageDraft {
  folder: string;
  editJson(path: string, edit: (json: LooseJson) => LooseJson | void): void;
  writeText(path: string, text: string): void;
  writeBytes(path: string, bytes: Uint8Array): void;
  remove(path: string): void;
}

/** A temp copy of the valid package with `mutate` applied; removed after the current test. */
export function makePackage(mutate: (draft: PackageDraft) => void = () => {}): string {
  const tempRoot = mkdtempSync(join(tmpdir(), 'triage-validate-'));
  onTestFinished(() => rmSync(tempRoot, { recursive: true, force: true }));
  const folder = join(tempRoot, 'app');
  cpSync(VALID_PACKAGE, folder, { recursive: true });

  const writeBytes = (path: string, bytes: Uint8Array | string): void => {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), bytes);
  };
  mutate({
    folder,
    editJson(path, edit) {
      const json: LooseJson = JSON.parse(readFileSync(join(folder, path), 'utf8'));
      const replaced = edit(json);
      writeBytes(path, JSON.stringify(replaced === undefined ? json : replaced, null, 2));
    },
    writeText: writeBytes,
    writeBytes,
    remove(path) {
      rmSync(join(folder, path), { recursive: true, force: true });
    },
  });
  return folder;
}

/** Validates a package built by applying `mutate` to the valid fixture. */
export function problemsAfter(mutate: (draft: PackageDraft) => void): Problem[] {
  return validatePackage(makePackage(mutate));
}

export interface ExpectedProblem {
  severity?: Severity;
  file: string;
  key: string;
  /** A fragment of the message. */
  message: string;
}

export function expectProblem(problems: Problem[], expected: ExpectedProblem): void {
  expect(problems).toContainEqual({
    severity: expected.severity ?? 'error',
    file: expected.file,
    key: expected.key,
    message: expect.stringContaining(expected.message),
  });
}

export function errorsIn(problems: Problem[]): Problem[] {
  return problems.filter((problem) => problem.severity === 'error');
}
