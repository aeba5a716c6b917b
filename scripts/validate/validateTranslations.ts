// translations/*.json: JSON objects of strings, the app name, and a label for every parameter
// (zendesk-apps.md §10).
import type { AppPackage } from './appPackage';
import { formatJsonPath, type PathSegment } from './jsonPath';
import { describeJsonType, isJsonObject, type JsonObject } from './jsonValue';
import { LOCALE_PATTERN } from './validateManifest';
import { error, warning, type Problem } from './problem';
import { parseStrictJson } from './strictJson';

const TRANSLATION_FILE = /^translations\/([^/]+)\.json$/;
/** Listing texts a public (non-private) app must translate; `description` is the legacy name. */
const PUBLIC_APP_KEYS = [
  ['short_description', 'description'],
  ['long_description'],
  ['installation_instructions'],
];

export function validateTranslations(
  appPackage: AppPackage,
  manifest: JsonObject | null,
): Problem[] {
  const problems: Problem[] = [];
  const defaultLocale = typeof manifest?.defaultLocale === 'string' ? manifest.defaultLocale : 'en';
  // Zendesk reads the app name from en.json; we also hold the default locale's file to it.
  const filesNeedingAppName = new Set([
    `translations/${defaultLocale}.json`,
    'translations/en.json',
  ]);

  for (const file of appPackage.files) {
    const match = TRANSLATION_FILE.exec(file);
    if (!match) continue;
    const locale = match[1] ?? '';
    if (!LOCALE_PATTERN.test(locale)) {
      problems.push(error(file, '', `file name must be a locale such as en.json or pt-br.json`));
    }

    const parsed = parseStrictJson(appPackage.readText(file));
    if (!parsed.ok) {
      problems.push(error(file, '', `is not valid JSON: ${parsed.message}`));
      continue;
    }
    for (const path of parsed.duplicateKeys) {
      problems.push(warning(file, path, 'duplicate key: only the last value is used'));
    }
    const translations = parsed.value;
    if (!isJsonObject(translations)) {
      problems.push(
        error(file, '', `must be a JSON object, found ${describeJsonType(translations)}`),
      );
      continue;
    }

    problems.push(...leafProblems(file, [], translations));
    problems.push(...parameterEntryProblems(file, translations));
    if (filesNeedingAppName.has(file))
      problems.push(...appNameProblems(file, translations, manifest));
    if (file === `translations/${defaultLocale}.json`) {
      problems.push(...missingParameterLabels(file, translations, manifest));
    }
  }
  return problems;
}

/** Every leaf is a string; objects (namespaces, or Zendesk's {title, value} pairs) nest. */
function leafProblems(file: string, path: PathSegment[], node: JsonObject): Problem[] {
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(node)) {
    const childPath = [...path, key];
    if (typeof value === 'string') continue;
    if (isJsonObject(value)) {
      problems.push(...leafProblems(file, childPath, value));
      continue;
    }
    problems.push(
      error(
        file,
        formatJsonPath(childPath),
        `must be a string or an object (such as {"title", "value"}), found ${describeJsonType(value)}`,
      ),
    );
  }
  return problems;
}

function appSection(translations: JsonObject): JsonObject | null {
  return isJsonObject(translations.app) ? translations.app : null;
}

/** Each app.parameters.<name> entry, wherever it appears, needs a label. */
function parameterEntryProblems(file: string, translations: JsonObject): Problem[] {
  const parameters = appSection(translations)?.parameters;
  if (parameters === undefined) return [];
  if (!isJsonObject(parameters)) {
    return [
      error(file, 'app.parameters', `must be an object, found ${describeJsonType(parameters)}`),
    ];
  }
  return Object.entries(parameters)
    .filter(([, entry]) => !(isJsonObject(entry) && entry.label !== undefined))
    .map(([name]) =>
      error(file, formatJsonPath(['app', 'parameters', name, 'label']), 'is required'),
    );
}

function appNameProblems(
  file: string,
  translations: JsonObject,
  manifest: JsonObject | null,
): Problem[] {
  const app = appSection(translations);
  const problems: Problem[] = [];
  if (app?.name === undefined || app.name === '')
    problems.push(error(file, 'app.name', 'is required'));
  if (manifest?.private === false) {
    for (const alternatives of PUBLIC_APP_KEYS) {
      if (!alternatives.some((key) => app?.[key] !== undefined)) {
        problems.push(
          error(file, `app.${alternatives[0]}`, 'is required for a public (non-private) app'),
        );
      }
    }
  }
  return problems;
}

function missingParameterLabels(
  file: string,
  translations: JsonObject,
  manifest: JsonObject | null,
): Problem[] {
  const parameters = Array.isArray(manifest?.parameters) ? manifest.parameters : [];
  const translatedParameters = appSection(translations)?.parameters;
  const problems: Problem[] = [];
  for (const parameter of parameters) {
    if (!isJsonObject(parameter) || typeof parameter.name !== 'string') continue;
    const name = parameter.name;
    // An entry present without a label is already reported by parameterEntryProblems.
    if (isJsonObject(translatedParameters) && Object.hasOwn(translatedParameters, name)) continue;
    problems.push(
      error(
        file,
        formatJsonPath(['app', 'parameters', name, 'label']),
        `is required: manifest parameter "${name}" has no label`,
      ),
    );
  }
  return problems;
}
