import { findPhrase, findWords } from '../text/index';
import type { Condition, ConditionValue } from '../types';
import { compareOrdered } from './compareOrdered';
import { fieldSpec, type FieldSpec } from './fields';
import type { RuleContext } from './RuleContext';

export interface ConditionResult {
  matched: boolean;
  /** The words, tags or values that made it match; empty for negative conditions. */
  evidence: string[];
}

const NO_MATCH: ConditionResult = { matched: false, evidence: [] };

function asList(value: ConditionValue | undefined): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [String(value)];
}

/** Values as the evaluator compares them: strings case-insensitively, trimmed. */
function same(fieldValue: unknown, wanted: ConditionValue | string): boolean {
  if (typeof fieldValue === 'string' && typeof wanted === 'string') {
    return fieldValue.trim().toLowerCase() === wanted.trim().toLowerCase();
  }
  if (typeof fieldValue === 'number' && typeof wanted === 'string' && wanted.trim() !== '') {
    return fieldValue === Number(wanted);
  }
  if (typeof fieldValue === 'string' && typeof wanted === 'number') return fieldValue.trim() === String(wanted);
  return fieldValue === wanted;
}

/** "trial-*" matches by prefix; anything else exactly. Case-insensitive. */
function listItemMatches(item: string, pattern: string): boolean {
  const lowerItem = item.toLowerCase();
  const lowerPattern = pattern.toLowerCase();
  if (lowerPattern.endsWith('*')) return lowerItem.startsWith(lowerPattern.slice(0, -1));
  return lowerItem === lowerPattern;
}

function isPresent(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function describe(field: string, value: unknown): string {
  return `${field}: ${Array.isArray(value) ? value.join(', ') : String(value)}`;
}

/** includes: list membership (with "prefix*"), or a case-insensitive substring of a string field. */
function includes(field: string, fieldValue: unknown, wanted: string[]): ConditionResult {
  const evidence: string[] = [];
  if (Array.isArray(fieldValue)) {
    for (const item of fieldValue) {
      if (typeof item === 'string' && wanted.some((w) => listItemMatches(item, w))) evidence.push(`${field}: ${item}`);
    }
  } else if (typeof fieldValue === 'string') {
    const lower = fieldValue.toLowerCase();
    for (const w of wanted) if (w !== '' && lower.includes(w.toLowerCase())) evidence.push(`${field} contains "${w}"`);
  }
  return { matched: evidence.length > 0, evidence };
}

function textMatches(spec: FieldSpec, ctx: RuleContext, find: (text: Parameters<typeof findWords>[0]) => string[]) {
  const evidence: string[] = [];
  for (const [label, text] of spec.texts?.(ctx) ?? []) {
    for (const hit of find(text)) evidence.push(`${label}: "${hit}"`);
  }
  return evidence;
}

function words(spec: FieldSpec, ctx: RuleContext, value: ConditionValue | undefined): string[] {
  const wanted = asList(value);
  return textMatches(spec, ctx, (text) => findWords(text, wanted));
}

function phrases(spec: FieldSpec, ctx: RuleContext, value: ConditionValue | undefined): string[] {
  const wanted = asList(value);
  return textMatches(spec, ctx, (text) => wanted.flatMap((phrase) => findPhrase(text, phrase)));
}

/**
 * One `{field, operator, value}` condition. Unknown fields and operators, and values of the wrong
 * type, are false: validation reports them before a rulebook is used, and the evaluator must
 * never throw on a rulebook it is handed.
 */
export function evaluateCondition(condition: Condition, ctx: RuleContext): ConditionResult {
  const spec = fieldSpec(condition.field);
  if (!spec) return NO_MATCH;
  const { field, value } = condition;
  const fieldValue = spec.read(ctx);
  const isText = spec.kind === 'text';

  switch (condition.operator) {
    case 'is': {
      if (fieldValue === undefined || fieldValue === null || value === undefined) return NO_MATCH;
      if (Array.isArray(fieldValue)) return includes(field, fieldValue, asList(value));
      const options = Array.isArray(value) ? value : [value];
      return options.some((o) => same(fieldValue, o))
        ? { matched: true, evidence: [describe(field, fieldValue)] }
        : NO_MATCH;
    }
    case 'is_not': {
      if (value === undefined) return NO_MATCH;
      if (fieldValue === undefined) return NO_MATCH;
      if (Array.isArray(fieldValue)) return { matched: !includes(field, fieldValue, asList(value)).matched, evidence: [] };
      const options = Array.isArray(value) ? value : [value];
      return { matched: !options.some((o) => same(fieldValue, o)), evidence: [] };
    }
    case 'less_than':
    case 'greater_than': {
      if (Array.isArray(value) || typeof value === 'boolean' || value === undefined) return NO_MATCH;
      const order = compareOrdered(fieldValue, value, spec.ordering);
      if (order === null) return NO_MATCH;
      const matched = condition.operator === 'less_than' ? order < 0 : order > 0;
      return matched ? { matched, evidence: [describe(field, fieldValue)] } : NO_MATCH;
    }
    case 'includes':
      if (fieldValue === undefined) return NO_MATCH;
      return includes(field, fieldValue, asList(value));
    case 'not_includes':
      if (fieldValue === undefined) return NO_MATCH;
      return { matched: !includes(field, fieldValue, asList(value)).matched, evidence: [] };
    case 'present':
      return isPresent(fieldValue) ? { matched: true, evidence: [describe(field, fieldValue)] } : NO_MATCH;
    case 'not_present':
      return { matched: fieldValue !== undefined && !isPresent(fieldValue), evidence: [] };
    case 'includes_words': {
      if (!isText) return NO_MATCH;
      const evidence = words(spec, ctx, value);
      return { matched: evidence.length > 0, evidence };
    }
    case 'not_includes_words':
      if (!isText) return NO_MATCH;
      return { matched: words(spec, ctx, value).length === 0, evidence: [] };
    case 'includes_phrase': {
      if (!isText) return NO_MATCH;
      const evidence = phrases(spec, ctx, value);
      return { matched: evidence.length > 0, evidence };
    }
    default:
      return NO_MATCH;
  }
}
