// zendesk-apps.md §9 rules 7–8 and §11: refused files, warnings about content, logos and banner.
import { describe, expect, it } from 'vitest';
import { FORBIDDEN_EXTENSIONS } from '../../../scripts/validate/validateFiles';
import { errorsIn, expectProblem, problemsAfter } from './helpers/fixturePackage';
import { encodePng } from './helpers/png';

describe('refused files', () => {
  it.each(FORBIDDEN_EXTENSIONS)('refuses .%s files', (extension) => {
    const file = `assets/extra.${extension}`;
    const problems = problemsAfter(({ writeText }) => writeText(file, 'x'));
    expectProblem(problems, { file, key: '', message: `.${extension} files are refused` });
  });

  it('refuses an archive renamed to an innocent extension', () => {
    const problems = problemsAfter(({ writeBytes }) =>
      writeBytes('assets/data.json', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])),
    );
    expectProblem(problems, {
      file: 'assets/data.json',
      key: '',
      message: 'is a zip file in disguise',
    });
  });

  it('skips tmp/, where zcli leaves its zips', () => {
    const problems = problemsAfter(({ writeText }) => {
      writeText('tmp/app-20250101.zip', 'PK');
      writeText('tmp/manifest.json', '{');
    });
    expect(problems).toEqual([]);
  });

  it('refuses code in a requirements-only app', () => {
    const problems = problemsAfter(({ editJson, writeText }) => {
      editJson('manifest.json', (manifest) => {
        manifest.requirementsOnly = true;
        delete manifest.location;
        delete manifest.frameworkVersion;
      });
      writeText('requirements.json', '{"macros": {"m": {"title": "M"}}}');
    });
    expectProblem(problems, {
      file: 'assets/main.js',
      key: '',
      message: 'ship no JS, templates or CSS',
    });
  });
});

describe('content warnings', () => {
  it('warns that SVGs in assets/ will be sanitized', () => {
    const problems = problemsAfter(({ writeText }) =>
      writeText('assets/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>'),
    );
    expectProblem(problems, {
      severity: 'warning',
      file: 'assets/logo.svg',
      key: '',
      message: 'will be sanitized',
    });
    expect(errorsIn(problems)).toEqual([]);
  });

  it('warns about plain-http URLs in .js and .html', () => {
    const problems = problemsAfter(({ writeText }) => {
      writeText('assets/api.js', 'fetch("http://api.example.com/tickets")');
      writeText('assets/help.html', '<a href="http://help.example.com">help</a>');
    });
    expectProblem(problems, {
      severity: 'warning',
      file: 'assets/api.js',
      key: '',
      message: 'http://api.example.com',
    });
    expectProblem(problems, {
      severity: 'warning',
      file: 'assets/help.html',
      key: '',
      message: 'plain http',
    });
    expect(errorsIn(problems)).toEqual([]);
  });

  it('does not warn about localhost or XML namespace URLs', () => {
    const problems = problemsAfter(({ writeText }) =>
      writeText(
        'assets/dev.js',
        'const a = "http://localhost:3000/"; const b = "http://127.0.0.1:4567"; const ns = "http://www.w3.org/1999/xhtml";',
      ),
    );
    expect(problems).toEqual([]);
  });
});

describe('logos and banner', () => {
  it.each(['assets/logo.png', 'assets/logo-small.png'])('requires %s', (file) => {
    expectProblem(
      problemsAfter(({ remove }) => remove(file)),
      { file, key: '', message: 'is missing' },
    );
  });

  it('requires logo.png to be 320×320', () => {
    const problems = problemsAfter(({ writeBytes }) =>
      writeBytes('assets/logo.png', encodePng({ width: 300, height: 320 })),
    );
    expectProblem(problems, {
      file: 'assets/logo.png',
      key: '',
      message: 'must be 320×320 pixels, found 300×320',
    });
  });

  it('requires logo.png to be a PNG', () => {
    const problems = problemsAfter(({ writeText }) => writeText('assets/logo.png', '<svg/>'));
    expectProblem(problems, { file: 'assets/logo.png', key: '', message: 'must be a PNG image' });
  });

  it('requires logo-small.png to be 128×128', () => {
    const problems = problemsAfter(({ writeBytes }) =>
      writeBytes('assets/logo-small.png', encodePng({ width: 256, height: 256 })),
    );
    expectProblem(problems, {
      file: 'assets/logo-small.png',
      key: '',
      message: 'must be 128×128 pixels, found 256×256',
    });
  });

  it('requires logo-small.png to be able to be transparent', () => {
    const problems = problemsAfter(({ writeBytes }) =>
      writeBytes('assets/logo-small.png', encodePng({ width: 128, height: 128, colorType: 2 })),
    );
    expectProblem(problems, {
      file: 'assets/logo-small.png',
      key: '',
      message: 'must have a transparent background',
    });
  });

  it.each([
    ['grey + alpha', { colorType: 4 as const }],
    ['RGB with tRNS', { colorType: 2 as const, transparentColour: true }],
  ])('accepts a logo-small.png with %s', (_, spec) => {
    const problems = problemsAfter(({ writeBytes }) =>
      writeBytes('assets/logo-small.png', encodePng({ width: 128, height: 128, ...spec })),
    );
    expect(problems).toEqual([]);
  });

  it('accepts a banner of 830×200 or 1660×400 and refuses other sizes', () => {
    for (const [width, height] of [
      [830, 200],
      [1660, 400],
    ] as const) {
      const problems = problemsAfter(({ writeBytes }) =>
        writeBytes('assets/banner.png', encodePng({ width, height })),
      );
      expect(problems).toEqual([]);
    }
    const problems = problemsAfter(({ writeBytes }) =>
      writeBytes('assets/banner.png', encodePng({ width: 800, height: 200 })),
    );
    expectProblem(problems, {
      file: 'assets/banner.png',
      key: '',
      message: 'must be 830×200 or 1660×400 pixels',
    });
  });
});
