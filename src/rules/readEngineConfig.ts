import { isKnownTimeZone } from './clock/isKnownTimeZone';
import { CONFIG_LIMITS, FIELD_ID, FIELD_KEY, HOLIDAY_DATE, TAG_PREFIX, TIME_ZONE_NAME } from './configLimits';
import { DEFAULT_CONFIG } from './defaultConfig';
import type { EngineConfig, FactSource, RulebookProblem } from './types';

const SOURCE_KEYS = ['requestType', 'plan', 'deployment', 'productVersion', 'assignedCe'] as const;

function readSource(value: unknown, path: string, problems: RulebookProblem[]): FactSource | null {
  const v = value as Record<string, unknown> | null;
  if (typeof v !== 'object' || v === null) {
    problems.push({ path, message: 'a fact source is an object such as {"from": "organization_field", "key": "support_plan"}' });
    return null;
  }
  const text = (key: string) => (typeof v[key] === 'string' ? (v[key] as string).trim() : typeof v[key] === 'number' ? String(v[key]) : '');
  switch (v.from) {
    case 'organization_field':
      if (FIELD_KEY.test(text('key'))) return { from: 'organization_field', key: text('key') };
      problems.push({ path, message: 'an "organization_field" source needs "key": an organization field key (letters, digits, _ or -)' });
      return null;
    case 'custom_field':
      if (FIELD_ID.test(text('id'))) return { from: 'custom_field', id: text('id') };
      problems.push({ path, message: 'a "custom_field" source needs "id": a ticket field id (digits only)' });
      return null;
    case 'tag_prefix':
    case 'organization_tag_prefix':
      if (TAG_PREFIX.test(text('prefix'))) return { from: v.from, prefix: text('prefix') };
      problems.push({ path, message: `a "${v.from}" source needs "prefix": the start of a tag (no spaces or commas)` });
      return null;
    default:
      problems.push({ path: `${path}.from`, message: 'use "organization_field", "custom_field", "tag_prefix" or "organization_tag_prefix"' });
      return null;
  }
}

function isWholeNumberIn(value: unknown, { min, max }: { min: number; max: number }): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** A zone name Intl knows, in the spelling given; null for anything else. */
function readTimeZone(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const zone = value.trim();
  // The default zone (the manifest's default, so what most installations send) is used whether or
  // not it is checked; asking Intl for its zone list costs a fresh page a few ms before the paint.
  if (zone === DEFAULT_CONFIG.scheduleTimeZone) return zone;
  return TIME_ZONE_NAME.test(zone) && isKnownTimeZone(zone) ? zone : null;
}

/** "YYYY-MM-DD" naming a day that exists (no 2026-02-30). */
function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = HOLIDAY_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * An engine configuration from JSON (a --config file, or the app settings mapped by readSettings),
 * laid over DEFAULT_CONFIG within CONFIG_LIMITS: keys that are absent keep their default. Every
 * unusable value is a problem: a number keeps its default, an unusable fact source is left out.
 */
export function readEngineConfig(json: unknown): { config: EngineConfig; problems: RulebookProblem[] } {
  const problems: RulebookProblem[] = [];
  const config: EngineConfig = { ...DEFAULT_CONFIG };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { config, problems: [{ path: '$', message: 'the configuration must be a JSON object' }] };
  }
  const input = json as Record<string, unknown>;
  for (const key of SOURCE_KEYS) {
    const value = input[key];
    if (value === undefined) continue;
    if (!Array.isArray(value)) {
      problems.push({ path: `$.${key}`, message: `"${key}" must be a list of fact sources` });
      continue;
    }
    config[key] = value.map((s, i) => readSource(s, `$.${key}[${i}]`, problems)).filter((s): s is FactSource => s !== null);
  }
  const major = CONFIG_LIMITS.currentMajorVersion;
  if (input.currentMajorVersion !== undefined) {
    if (isWholeNumberIn(input.currentMajorVersion, major)) config.currentMajorVersion = input.currentMajorVersion;
    else problems.push({ path: '$.currentMajorVersion', message: `the current major version is a whole number from ${major.min} to ${major.max}, e.g. 6` });
  }
  const suggestions = CONFIG_LIMITS.maxSuggestions;
  if (input.maxSuggestions !== undefined) {
    if (isWholeNumberIn(input.maxSuggestions, suggestions)) config.maxSuggestions = input.maxSuggestions;
    else problems.push({ path: '$.maxSuggestions', message: `the suggestion limit is a whole number from ${suggestions.min} to ${suggestions.max}` });
  }
  if (input.scheduleTimeZone !== undefined) {
    const zone = readTimeZone(input.scheduleTimeZone);
    if (zone !== null) config.scheduleTimeZone = zone;
    else problems.push({ path: '$.scheduleTimeZone', message: 'the schedule time zone is an IANA time zone name such as "America/Los_Angeles" or "Europe/Berlin"' });
  }
  if (input.holidays !== undefined) {
    if (!Array.isArray(input.holidays)) problems.push({ path: '$.holidays', message: '"holidays" must be a list of dates such as ["2026-12-25"]' });
    else if (input.holidays.length > CONFIG_LIMITS.holidays.max) problems.push({ path: '$.holidays', message: `at most ${CONFIG_LIMITS.holidays.max} holidays` });
    else {
      const dates: string[] = [];
      input.holidays.forEach((value, i) => {
        if (isCalendarDate(value)) dates.push(value);
        else problems.push({ path: `$.holidays[${i}]`, message: 'a holiday is a date written YYYY-MM-DD, e.g. "2026-12-25"' });
      });
      config.holidays = [...new Set(dates)].sort();
    }
  }
  for (const key of Object.keys(input)) {
    if (![...SOURCE_KEYS, 'currentMajorVersion', 'maxSuggestions', 'scheduleTimeZone', 'holidays'].includes(key)) {
      problems.push({ path: `$.${key}`, message: `unknown configuration key "${key}"` });
    }
  }
  return { config, problems };
}
