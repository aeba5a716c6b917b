// Small readers shared by both ticket adapters. Each returns the empty value for anything
// unusable and appends a short warning naming the field, so one bad field never costs the rest.
import { isNoPriority, normalizePriority } from '../priority';
import { PRIORITIES, type FieldValue, type Priority } from '../types';

export type Warnings = string[];

/** "null", "array", or the typeof name: for warnings like "expected a string, got number". */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string; `undefined` and (when `nullable`) `null` are silently absent. */
export function readString(value: unknown, label: string, warnings: Warnings, nullable = true): string | null {
  if (typeof value === 'string') return value;
  if (value === undefined || (value === null && nullable)) return null;
  warnings.push(`${label}: expected a string, got ${describeType(value)}`);
  return null;
}

/** Required text (subject, description): absent or unusable becomes '' with a warning. */
export function readText(value: unknown, label: string, warnings: Warnings): string {
  if (typeof value === 'string') return value;
  warnings.push(value === undefined ? `${label}: missing` : `${label}: expected a string, got ${describeType(value)}`);
  return '';
}

/** A safe integer id; numeric strings are not guessed at. */
export function readId(value: unknown, label: string, warnings: Warnings): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  warnings.push(`${label}: expected a whole number, got ${typeof value === 'number' ? String(value) : describeType(value)}`);
  return null;
}

/** Strings out of an array; non-strings are dropped with one warning. */
export function readStringArray(value: unknown, label: string, warnings: Warnings): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    warnings.push(`${label}: expected a list of strings, got ${describeType(value)}`);
    return [];
  }
  const strings = value.filter((item): item is string => typeof item === 'string');
  if (strings.length !== value.length) warnings.push(`${label}: ignored ${value.length - strings.length} entries that are not strings`);
  return strings;
}

/** An ISO timestamp string; anything Date cannot parse is dropped. */
export function readTimestamp(value: unknown, label: string, warnings: Warnings): string | null {
  const text = readString(value, label, warnings);
  if (text === null) return null;
  if (Number.isNaN(Date.parse(text))) {
    warnings.push(`${label}: not a date: "${text.slice(0, 40)}"`);
    return null;
  }
  return text;
}

/** Zendesk's four priorities. "-", "" and null mean the field exists but is unset. */
export function readPriority(value: unknown, label: string, warnings: Warnings): Priority | null {
  if (value === undefined || isNoPriority(value)) return null;
  if (typeof value !== 'string') {
    warnings.push(`${label}: expected a string, got ${describeType(value)}`);
    return null;
  }
  const priority = normalizePriority(value);
  if (priority) return priority;
  warnings.push(`${label}: unexpected value "${value.slice(0, 40)}"; expected one of ${PRIORITIES.join(', ')}`);
  return null;
}

/** A custom or organization field value: scalars and string lists; objects are unusable. */
export function readFieldValue(value: unknown, label: string, warnings: Warnings): FieldValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    warnings.push(`${label}: expected a finite number`);
    return null;
  }
  if (Array.isArray(value)) return readStringArray(value, label, warnings);
  warnings.push(`${label}: expected a value, got ${describeType(value)}`);
  return null;
}

/** An object of field values, e.g. organization_fields. */
export function readFieldRecord(value: unknown, label: string, warnings: Warnings): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = {};
  if (value === undefined || value === null) return fields;
  if (!isRecord(value)) {
    warnings.push(`${label}: expected an object, got ${describeType(value)}`);
    return fields;
  }
  for (const [key, raw] of Object.entries(value)) fields[key] = readFieldValue(raw, `${label}.${key}`, warnings);
  return fields;
}
