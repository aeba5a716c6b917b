import type { Condition, ConditionValue } from '../types';
import { compareOrdered } from './compareOrdered';
import { fieldSpec, type FieldSpec } from './fields';
import type { RuleContext } from './RuleContext';
import { lookupPhrases, lookupWords } from '../text/textLookups';

/** A condition prepared once: returns its evidence when it holds, null when it does not. */
export type CompiledCondition = (ctx: RuleContext) => string[] | null;

const NEVER: CompiledCondition = () => null;
const cache = new WeakMap<Condition, CompiledCondition>();

function asList(value: ConditionValue | undefined): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [String(value)];
}

function describe(field: string, value: unknown): string {
  return `${field}: ${Array.isArray(value) ? value.join(', ') : String(value)}`;
}

function isPresent(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** `is` compares strings case-insensitively and numbers with numeric strings. */
function sameAs(wanted: ConditionValue | string): (fieldValue: unknown) => boolean {
  if (typeof wanted === 'string') {
    const lower = wanted.trim().toLowerCase();
    const asNumber = lower === '' ? NaN : Number(lower);
    // `v === lower` first: the common case (values the engine itself wrote) needs no new strings.
    return (v) => (typeof v === 'string' ? v === lower || v.trim().toLowerCase() === lower : typeof v === 'number' && v === asNumber);
  }
  if (typeof wanted === 'number') return (v) => v === wanted || (typeof v === 'string' && v.trim() === String(wanted));
  return (v) => v === wanted;
}

function startsWithAny(text: string, prefixes: readonly string[]): boolean {
  for (const prefix of prefixes) if (text.startsWith(prefix)) return true;
  return false;
}

/**
 * `includes`: list membership ("trial-*" matches by prefix), or a case-insensitive substring of
 * a string field. Returns the evidence, empty when nothing is included.
 */
function includer(field: string, value: ConditionValue | undefined): (fieldValue: unknown) => string[] {
  const wanted = asList(value).map((w) => w.toLowerCase());
  const exact = new Set(wanted.filter((w) => !w.endsWith('*')));
  const prefixes = wanted.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1));
  return (fieldValue) => {
    const evidence: string[] = [];
    if (Array.isArray(fieldValue)) {
      for (const item of fieldValue) {
        if (typeof item !== 'string') continue;
        const lower = item.toLowerCase();
        if (exact.has(lower) || startsWithAny(lower, prefixes)) evidence.push(`${field}: ${item}`);
      }
    } else if (typeof fieldValue === 'string') {
      const lower = fieldValue.toLowerCase();
      for (const w of wanted) if (w !== '' && lower.includes(w)) evidence.push(`${field} contains "${w}"`);
    }
    return evidence;
  };
}

function textValue(value: ConditionValue | undefined): readonly string[] | string {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  return value === undefined ? [] : String(value);
}

const NO_EVIDENCE: string[] = [];

/** Evidence lines (`subject: "down"`) for every hit in every part; a shared empty list when none. */
function textSearch(spec: FieldSpec, value: ConditionValue | undefined, find: typeof lookupWords): (ctx: RuleContext) => string[] {
  const wanted = textValue(value);
  const parts = spec.texts ?? [];
  return (ctx) => {
    let evidence = NO_EVIDENCE;
    for (const [label, pick] of parts) {
      const hits = find(pick(ctx), wanted);
      if (hits.length === 0) continue;
      if (evidence === NO_EVIDENCE) evidence = [];
      for (const hit of hits) evidence.push(`${label}: "${hit}"`);
    }
    return evidence;
  };
}

function compile(condition: Condition): CompiledCondition {
  const spec = fieldSpec(condition.field);
  if (!spec) return NEVER;
  const { field, value } = condition;
  const read = spec.read;
  const isText = spec.kind === 'text';

  switch (condition.operator) {
    case 'is':
    case 'is_not': {
      if (value === undefined) return NEVER;
      const tests = (Array.isArray(value) ? value : [value]).map(sameAs);
      const inList = includer(field, value);
      const positive = condition.operator === 'is';
      return (ctx) => {
        const v = read(ctx);
        if (v === undefined) return null;
        if (Array.isArray(v)) return inList(v).length > 0 === positive ? (positive ? inList(v) : []) : null;
        if (v === null) return positive ? null : [];
        let hit = false;
        for (const test of tests) if (test(v)) hit = true;
        if (positive) return hit ? [describe(field, v)] : null;
        return hit ? null : [];
      };
    }
    case 'less_than':
    case 'greater_than': {
      if (Array.isArray(value) || typeof value === 'boolean' || value === undefined) return NEVER;
      const wantBelow = condition.operator === 'less_than';
      return (ctx) => {
        const v = read(ctx);
        const order = compareOrdered(v, value, spec.ordering);
        if (order === null) return null;
        return (wantBelow ? order < 0 : order > 0) ? [describe(field, v)] : null;
      };
    }
    case 'includes':
    case 'not_includes': {
      const inList = includer(field, value);
      const positive = condition.operator === 'includes';
      return (ctx) => {
        const v = read(ctx);
        if (v === undefined) return null;
        const evidence = inList(v);
        if (positive) return evidence.length > 0 ? evidence : null;
        return evidence.length > 0 ? null : [];
      };
    }
    case 'present':
      return (ctx) => {
        const v = read(ctx);
        return isPresent(v) ? [describe(field, v)] : null;
      };
    case 'not_present':
      return (ctx) => {
        const v = read(ctx);
        return v !== undefined && !isPresent(v) ? [] : null;
      };
    case 'includes_words':
    case 'includes_phrase': {
      if (!isText) return NEVER;
      const search = textSearch(spec, value, condition.operator === 'includes_words' ? lookupWords : lookupPhrases);
      return (ctx) => {
        const evidence = search(ctx);
        return evidence.length > 0 ? evidence : null;
      };
    }
    case 'not_includes_words': {
      if (!isText) return NEVER;
      const search = textSearch(spec, value, lookupWords);
      return (ctx) => (search(ctx).length === 0 ? [] : null);
    }
    default:
      return NEVER;
  }
}

/**
 * The compiled form of a condition, prepared once per condition object: rulebooks are immutable
 * data, so the work of reading the field spec and normalizing values is not repeated per ticket.
 */
export function compileCondition(condition: Condition): CompiledCondition {
  if (typeof condition !== 'object' || condition === null) return NEVER;
  let compiled = cache.get(condition);
  if (!compiled) {
    compiled = compile(condition);
    cache.set(condition, compiled);
  }
  return compiled;
}
