// requirements.json: the Zendesk resources an install creates (zendesk-apps.md §12).
import type { AppPackage } from './appPackage';
import { formatJsonPath } from './jsonPath';
import { describeJsonType, isJsonObject, type JsonObject } from './jsonValue';
import { error, type Problem } from './problem';
import { parseStrictJson } from './strictJson';

export const REQUIREMENTS = 'requirements.json';
export const REQUIREMENT_TYPES = [
  'automations',
  'channel_integrations',
  'custom_objects',
  'macros',
  'targets',
  'views',
  'ticket_fields',
  'triggers',
  'user_fields',
  'organization_fields',
  'webhooks',
  'custom_objects_v2',
];
export const MAX_REQUIREMENTS = 5000;
export const MAX_CUSTOM_OBJECTS = 50;

/** Fields each entry of a type needs; every other type needs a title. */
const REQUIRED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  channel_integrations: ['manifest_url'],
  webhooks: ['name', 'status', 'endpoint', 'http_method', 'request_format'],
  user_fields: ['title', 'key'],
  organization_fields: ['title', 'key'],
};
const REFUSED_TARGET_TYPES = ['http_target', 'url_target_v2'];
/** custom_objects_v2 is one schema ({objects, object_fields, object_triggers}), not id → body. */
const SCHEMA_TYPES = new Set(['custom_objects_v2']);

export function validateRequirements(
  appPackage: AppPackage,
  manifest: JsonObject | null,
): Problem[] {
  if (!appPackage.has(REQUIREMENTS)) {
    return manifest?.requirementsOnly === true
      ? [error(REQUIREMENTS, '', 'is missing: a requirements-only app must have one')]
      : [];
  }
  const problems: Problem[] = [];
  if (manifest?.marketingOnly === true) {
    problems.push(error(REQUIREMENTS, '', 'is not allowed in a marketing-only app'));
  }

  const parsed = parseStrictJson(appPackage.readText(REQUIREMENTS));
  if (!parsed.ok)
    return [...problems, error(REQUIREMENTS, '', `is not valid JSON: ${parsed.message}`)];
  for (const path of parsed.duplicateKeys) {
    problems.push(
      error(REQUIREMENTS, path, 'duplicate key: JSON.parse would silently keep the last one'),
    );
  }
  const requirements = parsed.value;
  if (!isJsonObject(requirements)) {
    const found = describeJsonType(requirements);
    return [
      ...problems,
      error(REQUIREMENTS, '', `must be a JSON object of requirement types, found ${found}`),
    ];
  }

  let entryCount = 0;
  for (const [type, entries] of Object.entries(requirements)) {
    if (!REQUIREMENT_TYPES.includes(type)) {
      problems.push(
        error(
          REQUIREMENTS,
          formatJsonPath([type]),
          `unknown requirement type; allowed: ${REQUIREMENT_TYPES.join(', ')}`,
        ),
      );
      continue;
    }
    if (!isJsonObject(entries)) {
      problems.push(
        error(
          REQUIREMENTS,
          formatJsonPath([type]),
          `must be an object, found ${describeJsonType(entries)}`,
        ),
      );
      continue;
    }
    if (SCHEMA_TYPES.has(type)) {
      entryCount += countSchemaEntries(entries);
      problems.push(...customObjectsV2Problems(entries));
      continue;
    }
    entryCount += Object.keys(entries).length;
    problems.push(...entryProblems(type, entries));
  }

  if (entryCount > MAX_REQUIREMENTS) {
    problems.push(
      error(REQUIREMENTS, '', `has ${entryCount} entries; at most ${MAX_REQUIREMENTS} are allowed`),
    );
  }
  return problems;
}

function entryProblems(type: string, entries: JsonObject): Problem[] {
  const problems: Problem[] = [];
  const identifiers = Object.keys(entries);
  if (type === 'channel_integrations' && identifiers.length > 1) {
    problems.push(
      error(REQUIREMENTS, type, `has ${identifiers.length} entries; at most one is allowed`),
    );
  }
  if (type === 'custom_objects' && identifiers.length > MAX_CUSTOM_OBJECTS) {
    problems.push(
      error(
        REQUIREMENTS,
        type,
        `has ${identifiers.length} entries; at most ${MAX_CUSTOM_OBJECTS} are allowed`,
      ),
    );
  }

  const requiredFields = REQUIRED_FIELDS[type] ?? ['title'];
  for (const [identifier, body] of Object.entries(entries)) {
    const entryPath = [type, identifier];
    if (!isJsonObject(body)) {
      problems.push(
        error(
          REQUIREMENTS,
          formatJsonPath(entryPath),
          `must be an object, found ${describeJsonType(body)}`,
        ),
      );
      continue;
    }
    for (const field of requiredFields) {
      if (body[field] === undefined) {
        problems.push(error(REQUIREMENTS, formatJsonPath([...entryPath, field]), 'is required'));
      }
    }
    if (
      type === 'targets' &&
      typeof body.type === 'string' &&
      REFUSED_TARGET_TYPES.includes(body.type)
    ) {
      problems.push(
        error(
          REQUIREMENTS,
          formatJsonPath([...entryPath, 'type']),
          `"${body.type}" targets are no longer accepted; use a webhook`,
        ),
      );
    }
  }
  return problems;
}

function countSchemaEntries(schema: JsonObject): number {
  return Object.values(schema).reduce<number>(
    (count, section) =>
      count +
      (Array.isArray(section)
        ? section.length
        : isJsonObject(section)
          ? Object.keys(section).length
          : 1),
    0,
  );
}

function customObjectsV2Problems(schema: JsonObject): Problem[] {
  const objects = schema.objects;
  if (Array.isArray(objects) && objects.length > MAX_CUSTOM_OBJECTS) {
    return [
      error(
        REQUIREMENTS,
        'custom_objects_v2.objects',
        `has ${objects.length} objects; at most ${MAX_CUSTOM_OBJECTS} are allowed`,
      ),
    ];
  }
  return [];
}
