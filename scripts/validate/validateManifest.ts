// manifest.json: presence at the root, strict JSON, required keys and key types
// (zendesk-apps.md §9 rules 1–4). Locations and parameters have their own files.
import type { AppPackage } from './appPackage';
import { describeJsonType, isHttpUrlWithHost, isJsonObject, type JsonObject } from './jsonValue';
import { error, warning, type Problem } from './problem';
import { parseStrictJson } from './strictJson';

export const MANIFEST = 'manifest.json';
export const FRAMEWORK_VERSION = '2.0';
export const LOCALE_PATTERN = /^[a-z]{2,3}(-\w{2,3})?$/;

const BOOLEAN_KEYS = [
  'requirementsOnly',
  'marketingOnly',
  'singleInstall',
  'signedUrls',
  'private',
];
const STRING_KEYS = [
  'defaultLocale',
  'version',
  'frameworkVersion',
  'remoteInstallationURL',
  'termsConditionsURL',
  'gaID',
];
const AUTHOR_STRING_KEYS = ['name', 'email', 'url'];

export interface ManifestCheck {
  problems: Problem[];
  /** The parsed manifest when it is a JSON object, so the other checks can run; null otherwise. */
  manifest: JsonObject | null;
}

export function validateManifest(appPackage: AppPackage): ManifestCheck {
  if (!appPackage.has(MANIFEST)) {
    const nested = appPackage.files.find((file) => file.endsWith(`/${MANIFEST}`));
    const message = nested
      ? `is missing at the package root; found ${nested} instead (zip the app folder itself, not its parent)`
      : 'is missing at the package root';
    return { problems: [error(MANIFEST, '', message)], manifest: null };
  }

  // Zendesk only reads the root manifest; a second copy deeper down usually means a wrong folder
  // was copied into dist/, which is worth a look but does not break the upload.
  const strayManifests = appPackage.files
    .filter((file) => file.endsWith(`/${MANIFEST}`))
    .map((file) => warning(file, '', 'a manifest.json below the root is ignored by Zendesk'));

  const parsed = parseStrictJson(appPackage.readText(MANIFEST));
  if (!parsed.ok) {
    const invalid = error(MANIFEST, '', `is not valid JSON: ${parsed.message}`);
    return { problems: [...strayManifests, invalid], manifest: null };
  }
  if (parsed.duplicateKeys.length > 0) {
    // Zendesk stops at duplicate keys, so the rest of the manifest is not worth reporting yet.
    const problems = parsed.duplicateKeys.map((path) =>
      error(MANIFEST, path, 'duplicate key: JSON.parse would silently keep the last one'),
    );
    return { problems: [...strayManifests, ...problems], manifest: null };
  }
  if (!isJsonObject(parsed.value)) {
    const found = describeJsonType(parsed.value);
    const notObject = error(MANIFEST, '', `must be a JSON object, found ${found}`);
    return { problems: [...strayManifests, notObject], manifest: null };
  }

  const manifest = parsed.value;
  return {
    manifest,
    problems: [
      ...strayManifests,
      ...requiredKeyProblems(manifest),
      ...typeProblems(manifest),
      ...urlProblems(manifest),
      ...defaultLocaleProblems(manifest, appPackage),
    ],
  };
}

export function isRequirementsOrMarketingOnly(manifest: JsonObject): boolean {
  return manifest.requirementsOnly === true || manifest.marketingOnly === true;
}

function requiredKeyProblems(manifest: JsonObject): Problem[] {
  const problems: Problem[] = [];
  for (const key of ['author', 'defaultLocale']) {
    if (manifest[key] === undefined) problems.push(error(MANIFEST, key, 'is required'));
  }

  if (isRequirementsOrMarketingOnly(manifest)) {
    const kind = manifest.requirementsOnly === true ? 'requirements-only' : 'marketing-only';
    for (const key of ['location', 'frameworkVersion']) {
      if (manifest[key] !== undefined) {
        problems.push(error(MANIFEST, key, `must not appear in a ${kind} app`));
      }
    }
    if (manifest.marketingOnly === true) {
      if (Array.isArray(manifest.parameters) && manifest.parameters.length > 0) {
        problems.push(error(MANIFEST, 'parameters', 'must be empty in a marketing-only app'));
      }
      if (manifest.private !== false) {
        problems.push(
          error(MANIFEST, 'private', 'must be false: a marketing-only app cannot be private'),
        );
      }
    }
    return problems;
  }

  for (const key of ['location', 'frameworkVersion']) {
    if (manifest[key] === undefined) problems.push(error(MANIFEST, key, 'is required'));
  }
  const frameworkVersion = manifest.frameworkVersion;
  if (typeof frameworkVersion === 'string' && frameworkVersion !== FRAMEWORK_VERSION) {
    problems.push(
      error(
        MANIFEST,
        'frameworkVersion',
        `must be "${FRAMEWORK_VERSION}", found "${frameworkVersion}"`,
      ),
    );
  }
  return problems;
}

function typeProblems(manifest: JsonObject): Problem[] {
  const problems: Problem[] = [];
  const mustBe = (key: string, expected: string, value: unknown): void => {
    problems.push(error(MANIFEST, key, `must be ${expected}, found ${describeJsonType(value)}`));
  };

  for (const key of BOOLEAN_KEYS) {
    const value = manifest[key];
    if (value !== undefined && typeof value !== 'boolean') mustBe(key, 'a boolean', value);
  }
  for (const key of STRING_KEYS) {
    const value = manifest[key];
    if (value !== undefined && typeof value !== 'string') mustBe(key, 'a string', value);
  }

  const author = manifest.author;
  if (author !== undefined) {
    if (!isJsonObject(author)) mustBe('author', 'an object {name, email, url?}', author);
    else {
      for (const key of AUTHOR_STRING_KEYS) {
        const value = author[key];
        if (value !== undefined && typeof value !== 'string')
          mustBe(`author.${key}`, 'a string', value);
      }
      for (const key of ['name', 'email']) {
        if (author[key] === undefined)
          problems.push(error(MANIFEST, `author.${key}`, 'is required'));
      }
    }
  }

  const experiments = manifest.experiments;
  if (experiments !== undefined && !isJsonObject(experiments))
    mustBe('experiments', 'an object', experiments);

  const domainWhitelist = manifest.domainWhitelist;
  if (
    domainWhitelist !== undefined &&
    !(Array.isArray(domainWhitelist) && domainWhitelist.every((item) => typeof item === 'string'))
  ) {
    problems.push(error(MANIFEST, 'domainWhitelist', 'must be an array of strings'));
  }

  const parameters = manifest.parameters;
  if (parameters !== undefined && !Array.isArray(parameters))
    mustBe('parameters', 'an array', parameters);
  return problems;
}

function urlProblems(manifest: JsonObject): Problem[] {
  const problems: Problem[] = [];
  const check = (key: string, value: unknown): void => {
    if (typeof value === 'string' && !isHttpUrlWithHost(value)) {
      problems.push(error(MANIFEST, key, `must be an http(s) URL with a host, found "${value}"`));
    }
  };
  check('termsConditionsURL', manifest.termsConditionsURL);
  if (isJsonObject(manifest.author)) check('author.url', manifest.author.url);
  return problems;
}

function defaultLocaleProblems(manifest: JsonObject, appPackage: AppPackage): Problem[] {
  const locale = manifest.defaultLocale;
  if (typeof locale !== 'string') return [];
  if (!LOCALE_PATTERN.test(locale)) {
    return [error(MANIFEST, 'defaultLocale', `"${locale}" is not a locale like "en" or "pt-br"`)];
  }
  const translationFile = `translations/${locale}.json`;
  if (!appPackage.has(translationFile)) {
    return [error(MANIFEST, 'defaultLocale', `needs ${translationFile}, which is missing`)];
  }
  return [];
}
