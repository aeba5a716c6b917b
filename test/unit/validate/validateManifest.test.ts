// zendesk-apps.md §9 rules 1–4: one broken copy of the valid fixture per rule.
import { describe, expect, it } from 'vitest';
import { errorsIn, expectProblem, problemsAfter } from './helpers/fixturePackage';

const MANIFEST = 'manifest.json';
const validManifestText = (extra: string): string => `{
  "author": {"name": "A", "email": "a@example.com"},
  "defaultLocale": "en",
  "location": {"support": {"ticket_sidebar": "assets/index.html"}},
  "frameworkVersion": "2.0"${extra}
}`;

describe('manifest.json presence and syntax', () => {
  it('requires manifest.json at the package root', () => {
    const problems = problemsAfter(({ remove }) => remove(MANIFEST));
    expectProblem(problems, { file: MANIFEST, key: '', message: 'is missing at the package root' });
  });

  it('names a nested manifest.json when the root one is missing', () => {
    const problems = problemsAfter(({ remove, writeText }) => {
      writeText('app/manifest.json', validManifestText(''));
      remove(MANIFEST);
    });
    expectProblem(problems, {
      file: MANIFEST,
      key: '',
      message: 'found app/manifest.json instead',
    });
  });

  it('warns about a second manifest.json below the root', () => {
    const problems = problemsAfter(({ writeText }) => writeText('assets/manifest.json', '{}'));
    expectProblem(problems, {
      severity: 'warning',
      file: 'assets/manifest.json',
      key: '',
      message: 'ignored',
    });
    expect(errorsIn(problems)).toEqual([]);
  });

  it('rejects invalid JSON', () => {
    const problems = problemsAfter(({ writeText }) => writeText(MANIFEST, '{"author": '));
    expectProblem(problems, { file: MANIFEST, key: '', message: 'is not valid JSON' });
  });

  it('rejects duplicate keys, which JSON.parse would hide', () => {
    const problems = problemsAfter(({ writeText }) =>
      writeText(MANIFEST, validManifestText(', "defaultLocale": "fr"')),
    );
    expectProblem(problems, { file: MANIFEST, key: 'defaultLocale', message: 'duplicate key' });
  });

  it('rejects a manifest that is not an object', () => {
    const problems = problemsAfter(({ writeText }) => writeText(MANIFEST, '[]'));
    expectProblem(problems, {
      file: MANIFEST,
      key: '',
      message: 'must be a JSON object, found array',
    });
  });
});

describe('required keys', () => {
  it.each(['author', 'defaultLocale', 'location', 'frameworkVersion'])('requires %s', (key) => {
    const problems = problemsAfter(({ editJson }) =>
      editJson(MANIFEST, (manifest) => {
        delete manifest[key];
      }),
    );
    expectProblem(problems, { file: MANIFEST, key, message: 'is required' });
  });

  it('requires author.name and author.email', () => {
    const problems = problemsAfter(({ editJson }) =>
      editJson(MANIFEST, (manifest) => void (manifest.author = {})),
    );
    expectProblem(problems, { file: MANIFEST, key: 'author.name', message: 'is required' });
    expectProblem(problems, { file: MANIFEST, key: 'author.email', message: 'is required' });
  });

  it('requires frameworkVersion "2.0"', () => {
    const problems = problemsAfter(({ editJson }) =>
      editJson(MANIFEST, (manifest) => void (manifest.frameworkVersion = '1.0')),
    );
    expectProblem(problems, {
      file: MANIFEST,
      key: 'frameworkVersion',
      message: 'must be "2.0", found "1.0"',
    });
  });

  it('forbids location and frameworkVersion in a requirements-only app', () => {
    const problems = problemsAfter(({ editJson, writeText }) => {
      editJson(MANIFEST, (manifest) => void (manifest.requirementsOnly = true));
      writeText('requirements.json', '{"macros": {"m": {"title": "M", "actions": []}}}');
    });
    expectProblem(problems, {
      file: MANIFEST,
      key: 'location',
      message: 'must not appear in a requirements-only app',
    });
    expectProblem(problems, {
      file: MANIFEST,
      key: 'frameworkVersion',
      message: 'must not appear',
    });
  });

  it('forbids location and frameworkVersion in a marketing-only app, which must also be public', () => {
    const problems = problemsAfter(({ editJson }) =>
      editJson(MANIFEST, (manifest) => void (manifest.marketingOnly = true)),
    );
    expectProblem(problems, {
      file: MANIFEST,
      key: 'location',
      message: 'must not appear in a marketing-only app',
    });
    expectProblem(problems, {
      file: MANIFEST,
      key: 'frameworkVersion',
      message: 'must not appear',
    });
    expectProblem(problems, { file: MANIFEST, key: 'private', message: 'cannot be private' });
    expectProblem(problems, { file: MANIFEST, key: 'parameters', message: 'must be empty' });
  });
});

describe('key types', () => {
  it.each(['requirementsOnly', 'marketingOnly', 'singleInstall', 'signedUrls', 'private'])(
    'requires %s to be a boolean',
    (key) => {
      const problems = problemsAfter(({ editJson }) =>
        editJson(MANIFEST, (manifest) => void (manifest[key] = 'yes')),
      );
      expectProblem(problems, { file: MANIFEST, key, message: 'must be a boolean, found string' });
    },
  );

  it.each([
    'defaultLocale',
    'version',
    'frameworkVersion',
    'remoteInstallationURL',
    'termsConditionsURL',
    'gaID',
  ])('requires %s to be a string', (key) => {
    const problems = problemsAfter(({ editJson }) =>
      editJson(MANIFEST, (manifest) => void (manifest[key] = 2)),
    );
    expectProblem(problems, { file: MANIFEST, key, message: 'must be a string, found number' });
  });

  it('requires author fields to be strings', () => {
    const problems = problemsAfter(({ editJson }) =>
      editJson(MANIFEST, (manifest) => void (manifest.author.email = ['a@example.com'])),
    );
    expectProblem(problems, {
      file: MANIFEST,
      key: 'author.email',
      message: 'must be a string, found array',
    });
  });

  it('requires experiments to be an object', () => {
    const problems = problemsAfter(({ editJson }) =>
      editJson(MANIFEST, (manifest) => void (manifest.experiments = ['hashParams'])),
    );
    expectProblem(problems, {
      file: MANIFEST,
      key: 'experiments',
      message: 'must be an object, found array',
    });
  });

  it('requires domainWhitelist to be an array of strings', () => {
    const problems = problemsAfter(({ editJson }) =>
      editJson(MANIFEST, (manifest) => void (manifest.domainWhitelist = ['example.com', 7])),
    );
    expectProblem(problems, {
      file: MANIFEST,
      key: 'domainWhitelist',
      message: 'must be an array of strings',
    });
  });

  it('requires parameters to be an array', () => {
    const problems = problemsAfter(({ editJson }) =>
      editJson(MANIFEST, (manifest) => void (manifest.parameters = {})),
    );
    expectProblem(problems, {
      file: MANIFEST,
      key: 'parameters',
      message: 'must be an array, found object',
    });
  });

  it.each([
    ['author.url', 'ftp://example.com/'],
    ['author.url', 'example.com'],
    ['termsConditionsURL', 'https://'],
  ])('requires %s to be an http(s) URL with a host (%s)', (key, url) => {
    const problems = problemsAfter(({ editJson }) =>
      editJson(MANIFEST, (manifest) => {
        if (key === 'author.url') manifest.author.url = url;
        else manifest.termsConditionsURL = url;
      }),
    );
    expectProblem(problems, { file: MANIFEST, key, message: 'must be an http(s) URL with a host' });
  });
});

describe('defaultLocale', () => {
  it('must look like a locale', () => {
    const problems = problemsAfter(({ editJson }) =>
      editJson(MANIFEST, (manifest) => void (manifest.defaultLocale = 'EN')),
    );
    expectProblem(problems, { file: MANIFEST, key: 'defaultLocale', message: 'is not a locale' });
  });

  it('needs its translations file', () => {
    const problems = problemsAfter(({ editJson }) =>
      editJson(MANIFEST, (manifest) => void (manifest.defaultLocale = 'pt-br')),
    );
    expectProblem(problems, {
      file: MANIFEST,
      key: 'defaultLocale',
      message: 'needs translations/pt-br.json',
    });
  });

  it('accepts a regional locale whose file exists', () => {
    const problems = problemsAfter(({ editJson, writeText }) => {
      editJson(MANIFEST, (manifest) => void (manifest.defaultLocale = 'pt-br'));
      writeText(
        'translations/pt-br.json',
        JSON.stringify({ app: { name: 'x', parameters: { maxSuggestedMacros: { label: 'x' } } } }),
      );
    });
    expect(errorsIn(problems)).toEqual([]);
  });
});
