// Labels from a ticket's `expected` object. Keys it does not know are ignored; a known key with a
// value the engine could never produce is a problem of the file, reported rather than counted.
import { OWNERS, PRIORITIES, REQUEST_TYPES, SEVERITIES, type Owner, type Priority, type RequestType, type Severity } from '../../rules/types';
import { isOneOf } from '../../rules/isOneOf';
import type { Labels } from './types';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The labels of `expected`, or the problems that make it unusable. */
export function readLabels(expected: unknown): { labels: Labels } | { problems: string[] } {
  if (!isObject(expected)) return { problems: ['"expected" is not an object'] };
  const labels: Labels = {};
  const problems: string[] = [];
  const bad = (key: string) => problems.push(`expected.${key} ${JSON.stringify(expected[key])} is not a value the engine gives`);
  const list = <T>(key: string, allowed: readonly T[]): T[] | undefined => {
    const value = expected[key];
    if (value === undefined) return undefined;
    if (Array.isArray(value) && value.length > 0 && value.every((v) => isOneOf(allowed, v))) return value as T[];
    bad(key);
    return undefined;
  };
  const single = <T>(key: string, allowed: readonly T[]): T | undefined => {
    const value = expected[key];
    if (value === undefined) return undefined;
    if (isOneOf(allowed, value)) return value;
    bad(key);
    return undefined;
  };
  labels.requestType = single<RequestType>('requestType', REQUEST_TYPES);
  labels.requestType_in = list<RequestType>('requestType_in', REQUEST_TYPES);
  labels.owner = single<Owner>('owner', OWNERS);
  labels.severity = single<Severity>('severity', SEVERITIES);
  labels.severity_in = list<Severity>('severity_in', SEVERITIES);
  labels.priority = single<Priority>('priority', PRIORITIES);
  labels.bestEffort = single<boolean>('bestEffort', [true, false]);
  const flags = expected.flags_include;
  if (flags !== undefined) {
    if (Array.isArray(flags) && flags.every((f) => typeof f === 'string')) labels.flags_include = flags as string[];
    else bad('flags_include');
  }
  if (problems.length > 0) return { problems };
  for (const key of Object.keys(labels) as (keyof Labels)[]) if (labels[key] === undefined) delete labels[key];
  return { labels };
}
