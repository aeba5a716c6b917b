// manifest.json `parameters` and the `oauth` block (zendesk-apps.md §9 rule 6), plus the
// secure-settings warnings of rule 8.
import { formatJsonPath } from './jsonPath';
import { describeJsonType, isJsonObject, type JsonObject } from './jsonValue';
import { MANIFEST } from './validateManifest';
import { error, warning, type Problem } from './problem';

export const PARAMETER_TYPES = [
  'text',
  'checkbox',
  'url',
  'number',
  'multiline',
  'hidden',
  'oauth',
];
export const PARAMETER_SCOPES = [
  'header',
  'body',
  'url',
  'jwt_secret_key',
  'jwt_claim',
  'basic_auth_username',
  'basic_auth_password',
];
const OAUTH_REQUIRED_KEYS = ['client_id', 'client_secret', 'authorize_uri', 'access_token_uri'];
/** Names that smell like credentials, which belong in a secure parameter. */
const SECRET_LIKE_NAME = /token|key|pwd|password/i;

export function validateParameters(manifest: JsonObject): Problem[] {
  const parameters = Array.isArray(manifest.parameters) ? manifest.parameters : [];
  const problems: Problem[] = [];
  const seenNames = new Set<string>();
  let oauthParameterCount = 0;

  parameters.forEach((parameter: unknown, index) => {
    const at = (key?: string): string =>
      formatJsonPath(key ? ['parameters', index, key] : ['parameters', index]);
    if (!isJsonObject(parameter)) {
      problems.push(
        error(MANIFEST, at(), `must be an object, found ${describeJsonType(parameter)}`),
      );
      return;
    }

    const name = parameter.name;
    if (typeof name !== 'string' || name === '') {
      problems.push(error(MANIFEST, at('name'), 'is required and must be a non-empty string'));
    } else {
      if (seenNames.has(name))
        problems.push(error(MANIFEST, at('name'), `duplicate parameter name "${name}"`));
      seenNames.add(name);
      if (name === 'name') {
        problems.push(
          error(MANIFEST, at('name'), '"name" is reserved and cannot be a parameter name'),
        );
      }
    }

    const type = parameter.type ?? 'text';
    if (typeof type !== 'string' || !PARAMETER_TYPES.includes(type)) {
      const found = typeof type === 'string' ? `"${type}"` : describeJsonType(type);
      problems.push(
        error(MANIFEST, at('type'), `must be one of ${PARAMETER_TYPES.join(', ')}, found ${found}`),
      );
    }

    for (const key of ['required', 'secure']) {
      const value = parameter[key];
      if (value !== undefined && typeof value !== 'boolean') {
        problems.push(
          error(MANIFEST, at(key), `must be a boolean, found ${describeJsonType(value)}`),
        );
      }
    }
    const secure = parameter.secure === true;
    if (type === 'hidden' && parameter.required === true) {
      problems.push(error(MANIFEST, at('required'), 'a hidden parameter cannot be required'));
    }
    if (type === 'oauth') {
      oauthParameterCount += 1;
      if (oauthParameterCount === 2) {
        problems.push(error(MANIFEST, at('type'), 'only one oauth parameter is allowed'));
      }
      if (secure)
        problems.push(error(MANIFEST, at('secure'), 'an oauth parameter cannot be secure'));
    }

    problems.push(...scopeProblems(parameter.scopes, secure, at('scopes')));
    problems.push(...secureSettingWarnings(parameter, type, secure, at));
  });

  problems.push(...oauthBlockProblems(manifest.oauth, oauthParameterCount));
  return problems;
}

function scopeProblems(scopes: unknown, secure: boolean, key: string): Problem[] {
  if (scopes === undefined) return [];
  if (!secure) return [error(MANIFEST, key, 'is only allowed on a secure parameter')];
  if (!Array.isArray(scopes) || scopes.length === 0) {
    return [error(MANIFEST, key, `must be a non-empty array of ${PARAMETER_SCOPES.join(', ')}`)];
  }
  const unknownScopes = scopes.filter(
    (scope) => typeof scope !== 'string' || !PARAMETER_SCOPES.includes(scope),
  );
  if (unknownScopes.length === 0) return [];
  const found = unknownScopes.map((scope) => JSON.stringify(scope)).join(', ');
  return [error(MANIFEST, key, `must only contain ${PARAMETER_SCOPES.join(', ')}; found ${found}`)];
}

function secureSettingWarnings(
  parameter: JsonObject,
  type: unknown,
  secure: boolean,
  at: (key?: string) => string,
): Problem[] {
  const warnings: Problem[] = [];
  const name = parameter.name;
  if (typeof name === 'string' && SECRET_LIKE_NAME.test(name) && type === 'text' && !secure) {
    warnings.push(
      warning(MANIFEST, at('secure'), `"${name}" looks like a secret: make it a secure parameter`),
    );
  }
  if (parameter.default !== undefined && (secure || type === 'hidden')) {
    const kind = secure ? 'secure' : 'hidden';
    warnings.push(
      warning(MANIFEST, at('default'), `a ${kind} parameter should not ship a default value`),
    );
  }
  if (secure && parameter.scopes === undefined) {
    warnings.push(
      warning(
        MANIFEST,
        at('scopes'),
        'a secure parameter without scopes can be sent anywhere: add scopes',
      ),
    );
  }
  return warnings;
}

function oauthBlockProblems(oauth: unknown, oauthParameterCount: number): Problem[] {
  if (oauth === undefined) return [];
  if (!isJsonObject(oauth)) {
    return [error(MANIFEST, 'oauth', `must be an object, found ${describeJsonType(oauth)}`)];
  }
  const problems: Problem[] = [];
  const missing = OAUTH_REQUIRED_KEYS.filter(
    (key) => typeof oauth[key] !== 'string' || oauth[key] === '',
  );
  if (missing.length > 0)
    problems.push(error(MANIFEST, 'oauth', `is missing ${missing.join(', ')}`));
  if (oauthParameterCount === 0) {
    problems.push(error(MANIFEST, 'oauth', 'needs a parameter of type "oauth"'));
  }
  return problems;
}
