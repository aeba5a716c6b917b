// zendesk-apps.md §9 rule 6 (errors) and rule 8 (secure-setting warnings).
import { describe, expect, it } from 'vitest';
import { errorsIn, expectProblem, problemsAfter } from './helpers/fixturePackage';

const MANIFEST = 'manifest.json';

/** Validates the fixture with these manifest parameters (labels added so translations pass). */
function withParameters(parameters: unknown[], oauth?: unknown) {
  return problemsAfter(({ editJson }) => {
    editJson(MANIFEST, (manifest) => {
      manifest.parameters = parameters;
      if (oauth !== undefined) manifest.oauth = oauth;
    });
    editJson('translations/en.json', (translations) => {
      translations.app.parameters = Object.fromEntries(
        parameters.flatMap((parameter) => {
          const name = (parameter as { name?: unknown }).name;
          return typeof name === 'string' ? [[name, { label: name }]] : [];
        }),
      );
    });
  });
}

const OAUTH_BLOCK = {
  client_id: 'id',
  client_secret: 'secret',
  authorize_uri: 'https://auth.example.com/authorize',
  access_token_uri: 'https://auth.example.com/token',
};

describe('parameter errors', () => {
  it('requires each parameter to be an object with a name', () => {
    const problems = withParameters(['apiUrl', { type: 'text' }]);
    expectProblem(problems, {
      file: MANIFEST,
      key: 'parameters[0]',
      message: 'must be an object, found string',
    });
    expectProblem(problems, { file: MANIFEST, key: 'parameters[1].name', message: 'is required' });
  });

  it('rejects duplicate names', () => {
    const problems = withParameters([{ name: 'region' }, { name: 'region', type: 'url' }]);
    expectProblem(problems, {
      file: MANIFEST,
      key: 'parameters[1].name',
      message: 'duplicate parameter name "region"',
    });
  });

  it('rejects a parameter called "name"', () => {
    expectProblem(withParameters([{ name: 'name' }]), {
      file: MANIFEST,
      key: 'parameters[0].name',
      message: 'reserved',
    });
  });

  it('rejects an unknown type and lists the allowed ones', () => {
    const problems = withParameters([
      { name: 'a' },
      { name: 'b' },
      { name: 'c', type: 'password' },
    ]);
    expectProblem(problems, {
      file: MANIFEST,
      key: 'parameters[2].type',
      message:
        'must be one of text, checkbox, url, number, multiline, hidden, oauth, found "password"',
    });
  });

  it('accepts every documented type, with text as the default', () => {
    const types = ['text', 'checkbox', 'url', 'number', 'multiline', 'hidden', 'oauth'];
    const parameters = [{ name: 'untyped' }, ...types.map((type) => ({ name: `p_${type}`, type }))];
    expect(errorsIn(withParameters(parameters, OAUTH_BLOCK))).toEqual([]);
  });

  it.each(['required', 'secure'])('requires %s to be a boolean', (key) => {
    expectProblem(withParameters([{ name: 'region', [key]: 'yes' }]), {
      file: MANIFEST,
      key: `parameters[0].${key}`,
      message: 'must be a boolean, found string',
    });
  });

  it('rejects a required hidden parameter', () => {
    expectProblem(withParameters([{ name: 'state', type: 'hidden', required: true }]), {
      file: MANIFEST,
      key: 'parameters[0].required',
      message: 'hidden parameter cannot be required',
    });
  });

  it('allows one oauth parameter only', () => {
    const problems = withParameters(
      [
        { name: 'a', type: 'oauth' },
        { name: 'b', type: 'oauth' },
      ],
      OAUTH_BLOCK,
    );
    expectProblem(problems, {
      file: MANIFEST,
      key: 'parameters[1].type',
      message: 'only one oauth parameter',
    });
  });

  it('rejects a secure oauth parameter', () => {
    const problems = withParameters(
      [{ name: 'token', type: 'oauth', secure: true, scopes: ['header'] }],
      OAUTH_BLOCK,
    );
    expectProblem(problems, {
      file: MANIFEST,
      key: 'parameters[0].secure',
      message: 'oauth parameter cannot be secure',
    });
  });

  it('requires the oauth block keys', () => {
    const problems = withParameters([{ name: 'token', type: 'oauth' }], {
      client_id: 'id',
      authorize_uri: '',
    });
    expectProblem(problems, {
      file: MANIFEST,
      key: 'oauth',
      message: 'is missing client_secret, authorize_uri, access_token_uri',
    });
  });

  it('requires an oauth parameter when there is an oauth block', () => {
    expectProblem(withParameters([{ name: 'region' }], OAUTH_BLOCK), {
      file: MANIFEST,
      key: 'oauth',
      message: 'needs a parameter of type "oauth"',
    });
  });

  it('allows scopes on secure parameters only', () => {
    expectProblem(withParameters([{ name: 'apiSecret', scopes: ['header'] }]), {
      file: MANIFEST,
      key: 'parameters[0].scopes',
      message: 'only allowed on a secure parameter',
    });
  });

  it('requires scopes to be a non-empty array', () => {
    expectProblem(withParameters([{ name: 'apiSecret', secure: true, scopes: [] }]), {
      file: MANIFEST,
      key: 'parameters[0].scopes',
      message: 'must be a non-empty array',
    });
  });

  it('rejects unknown scopes', () => {
    expectProblem(
      withParameters([{ name: 'apiSecret', secure: true, scopes: ['header', 'cookie'] }]),
      {
        file: MANIFEST,
        key: 'parameters[0].scopes',
        message: 'found "cookie"',
      },
    );
  });

  it('accepts a secure parameter with valid scopes and no warning', () => {
    expect(
      withParameters([{ name: 'apiToken', secure: true, scopes: ['header', 'jwt_claim'] }]),
    ).toEqual([]);
  });
});

describe('parameter warnings', () => {
  it.each(['apiToken', 'licenseKey', 'adminPwd', 'password'])(
    'warns about a non-secure text parameter named %s',
    (name) => {
      const problems = withParameters([{ name, type: 'text' }]);
      expectProblem(problems, {
        severity: 'warning',
        file: MANIFEST,
        key: 'parameters[0].secure',
        message: 'looks like a secret',
      });
      expect(errorsIn(problems)).toEqual([]);
    },
  );

  it('does not warn about a secret-like name that is not a text parameter', () => {
    expect(withParameters([{ name: 'keyboardShortcuts', type: 'checkbox' }])).toEqual([]);
  });

  it('warns about a default on a secure or hidden parameter', () => {
    const problems = withParameters([
      { name: 'apiToken', secure: true, scopes: ['header'], default: 'abc' },
      { name: 'state', type: 'hidden', default: 'x' },
    ]);
    expectProblem(problems, {
      severity: 'warning',
      file: MANIFEST,
      key: 'parameters[0].default',
      message: 'secure parameter',
    });
    expectProblem(problems, {
      severity: 'warning',
      file: MANIFEST,
      key: 'parameters[1].default',
      message: 'hidden parameter',
    });
  });

  it('warns about a secure parameter without scopes', () => {
    expectProblem(withParameters([{ name: 'apiToken', secure: true }]), {
      severity: 'warning',
      file: MANIFEST,
      key: 'parameters[0].scopes',
      message: 'without scopes',
    });
  });
});
