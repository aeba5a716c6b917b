import { DEFAULT_CONFIG } from './defaultConfig';
import type { EngineConfig, FactSource, RulebookProblem } from './types';

const SOURCE_KEYS = ['requestType', 'plan', 'deployment', 'productVersion', 'assignedCe'] as const;

function readSource(value: unknown, path: string, problems: RulebookProblem[]): FactSource | null {
  const v = value as Record<string, unknown> | null;
  if (typeof v !== 'object' || v === null) {
    problems.push({ path, message: 'a fact source is an object such as {"from": "organization_field", "key": "support_plan"}' });
    return null;
  }
  const text = (key: string) => (typeof v[key] === 'string' && (v[key] as string).trim() !== '' ? (v[key] as string) : null);
  switch (v.from) {
    case 'organization_field':
      if (text('key')) return { from: 'organization_field', key: text('key')! };
      break;
    case 'custom_field':
      if (text('id') || typeof v.id === 'number') return { from: 'custom_field', id: String(v.id) };
      break;
    case 'tag_prefix':
    case 'organization_tag_prefix':
      if (text('prefix')) return { from: v.from, prefix: text('prefix')! };
      break;
    default:
      problems.push({ path: `${path}.from`, message: 'use "organization_field", "custom_field", "tag_prefix" or "organization_tag_prefix"' });
      return null;
  }
  problems.push({ path, message: `a "${String(v.from)}" source needs ${v.from === 'organization_field' ? '"key"' : v.from === 'custom_field' ? '"id"' : '"prefix"'}` });
  return null;
}

/**
 * An engine configuration from JSON (a file or the app settings), laid over DEFAULT_CONFIG: keys
 * that are absent keep their default. Every unusable value is a problem and keeps its default.
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
  if (input.currentMajorVersion !== undefined) {
    if (typeof input.currentMajorVersion === 'number' && Number.isInteger(input.currentMajorVersion) && input.currentMajorVersion > 0) {
      config.currentMajorVersion = input.currentMajorVersion;
    } else problems.push({ path: '$.currentMajorVersion', message: 'the current major version is a whole number, e.g. 6' });
  }
  if (input.maxSuggestions !== undefined) {
    if (typeof input.maxSuggestions === 'number' && Number.isInteger(input.maxSuggestions) && input.maxSuggestions >= 0 && input.maxSuggestions <= 20) {
      config.maxSuggestions = input.maxSuggestions;
    } else problems.push({ path: '$.maxSuggestions', message: 'the suggestion limit is a whole number from 0 to 20' });
  }
  for (const key of Object.keys(input)) {
    if (![...SOURCE_KEYS, 'currentMajorVersion', 'maxSuggestions'].includes(key)) {
      problems.push({ path: `$.${key}`, message: `unknown configuration key "${key}"` });
    }
  }
  return { config, problems };
}
