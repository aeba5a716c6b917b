// zendesk-apps.md §10: translation files.
import { describe, expect, it } from 'vitest';
import { errorsIn, expectProblem, problemsAfter } from './helpers/fixturePackage';

const EN = 'translations/en.json';

describe('translation files', () => {
  it('must be valid JSON', () => {
    const problems = problemsAfter(({ writeText }) =>
      writeText('translations/fr.json', '{"app": {"name": "x",}}'),
    );
    expectProblem(problems, {
      file: 'translations/fr.json',
      key: '',
      message: 'is not valid JSON',
    });
  });

  it('must be a JSON object', () => {
    const problems = problemsAfter(({ writeText }) =>
      writeText('translations/fr.json', '["Triage"]'),
    );
    expectProblem(problems, {
      file: 'translations/fr.json',
      key: '',
      message: 'must be a JSON object, found array',
    });
  });

  it('must be named after a locale', () => {
    const problems = problemsAfter(({ writeText }) => writeText('translations/French.json', '{}'));
    expectProblem(problems, {
      file: 'translations/French.json',
      key: '',
      message: 'file name must be a locale',
    });
  });

  it('must only have string leaves', () => {
    const problems = problemsAfter(({ editJson }) =>
      editJson(EN, (translations) => {
        translations.sidebar.count = 3;
        translations.sidebar.items = ['a'];
      }),
    );
    expectProblem(problems, {
      file: EN,
      key: 'sidebar.count',
      message: 'must be a string or an object',
    });
    expectProblem(problems, { file: EN, key: 'sidebar.items', message: 'found array' });
  });

  it('accepts Zendesk {title, value} leaves and reports a non-string value inside one', () => {
    const good = problemsAfter(({ editJson }) =>
      editJson(
        EN,
        (translations) =>
          void (translations.sidebar.heading = { title: 'Sidebar heading', value: 'Triage' }),
      ),
    );
    expect(good).toEqual([]);
    const bad = problemsAfter(({ editJson }) =>
      editJson(
        EN,
        (translations) =>
          void (translations.sidebar.heading = { title: 'Sidebar heading', value: null }),
      ),
    );
    expectProblem(bad, { file: EN, key: 'sidebar.heading.value', message: 'found null' });
  });

  it('warns about duplicate keys', () => {
    const problems = problemsAfter(({ writeText }) =>
      writeText('translations/fr.json', '{"a": "x", "a": "y"}'),
    );
    expectProblem(problems, {
      severity: 'warning',
      file: 'translations/fr.json',
      key: 'a',
      message: 'duplicate key',
    });
  });
});

describe('required translations', () => {
  it('needs app.name in the default-locale file', () => {
    const problems = problemsAfter(({ editJson }) =>
      editJson(EN, (translations) => void delete translations.app.name),
    );
    expectProblem(problems, { file: EN, key: 'app.name', message: 'is required' });
  });

  it('needs a label for every manifest parameter', () => {
    const problems = problemsAfter(({ editJson }) =>
      editJson(
        'manifest.json',
        (manifest) => void manifest.parameters.push({ name: 'region', type: 'text' }),
      ),
    );
    expectProblem(problems, {
      file: EN,
      key: 'app.parameters.region.label',
      message: 'manifest parameter "region"',
    });
  });

  it('needs a label in every app.parameters entry', () => {
    const problems = problemsAfter(({ editJson }) =>
      editJson(
        EN,
        (translations) => void (translations.app.parameters.maxSuggestedMacros = { helpText: 'x' }),
      ),
    );
    expectProblem(problems, {
      file: EN,
      key: 'app.parameters.maxSuggestedMacros.label',
      message: 'is required',
    });
  });

  it('checks the default locale file when it is not English', () => {
    const problems = problemsAfter(({ editJson, writeText, remove }) => {
      editJson('manifest.json', (manifest) => void (manifest.defaultLocale = 'de'));
      writeText('translations/de.json', JSON.stringify({ app: { name: 'Triage-Assistent' } }));
      remove(EN);
    });
    expectProblem(problems, {
      file: 'translations/de.json',
      key: 'app.parameters.maxSuggestedMacros.label',
      message: 'is required',
    });
  });

  it('needs the listing texts in a public app', () => {
    const problems = problemsAfter(({ editJson }) =>
      editJson('manifest.json', (manifest) => void (manifest.private = false)),
    );
    for (const key of [
      'app.short_description',
      'app.long_description',
      'app.installation_instructions',
    ]) {
      expectProblem(problems, { file: EN, key, message: 'public (non-private) app' });
    }
  });

  it('accepts the legacy app.description in place of short_description', () => {
    const problems = problemsAfter(({ editJson }) => {
      editJson('manifest.json', (manifest) => void (manifest.private = false));
      editJson(EN, (translations) => {
        Object.assign(translations.app, {
          description: 'd',
          long_description: 'l',
          installation_instructions: 'i',
        });
      });
    });
    expect(errorsIn(problems)).toEqual([]);
  });
});
