import { fieldSpec, FIELD_NAMES, ORDERS, type FieldKind } from '../evaluate/fields';
import { compareVersions } from '../evaluate/compareOrdered';
import { DEPLOYMENTS, PLANS } from '../facts/types';
import { tokenize } from '../text/tokenize';
import type { Operator, RulebookProblem } from '../types';
import { CONFIDENCES, OPERATORS, OWNERS, PRIORITIES, REQUEST_TYPES } from '../types';
import { describeField } from './describeField';
import { checkMacroSlots, checkSlotValues, checkTranslationShapes } from './checkTranslationShapes';
import { describeJsonError } from './describeJsonError';
import { isOneOf } from '../isOneOf';

// A rulebook is data an admin edits by hand, so every problem is reported at once, each with a
// JSON path and a sentence that says what to do. Hand-written rather than a schema library:
// most checks depend on other values (which operators suit a field, which slugs exist).

export type Section = 'owner' | 'severity' | 'flags' | 'macros';
export const SECTIONS: readonly Section[] = ['owner', 'severity', 'flags', 'macros'];
const TOP_KEYS = new Set(['version', ...SECTIONS, 'macroLibrary', 'translations', 'disable']);
const BASE_KEYS = ['id', 'title', 'explanation', 'source', 'all', 'any', 'disabled'];
const SECTION_KEYS: Record<Section, Set<string>> = {
  owner: new Set([...BASE_KEYS, 'owner', 'nextStep']),
  severity: new Set([...BASE_KEYS, 'severity']),
  flags: new Set([...BASE_KEYS, 'flag', 'slots']),
  macros: new Set([...BASE_KEYS, 'macro', 'weight']),
};
const LIBRARY_KEYS = new Set(['slug', 'title', 'visibility', 'body', 'accountBody', 'tags', 'status']);
const CONDITION_KEYS = new Set(['field', 'operator', 'value']);

const OPERATORS_BY_KIND: Record<FieldKind, readonly Operator[]> = {
  text: ['is', 'is_not', 'present', 'not_present', 'includes', 'not_includes', 'includes_words', 'not_includes_words', 'includes_phrase'],
  string: ['is', 'is_not', 'present', 'not_present', 'includes', 'not_includes', 'less_than', 'greater_than'],
  number: ['is', 'is_not', 'less_than', 'greater_than', 'present', 'not_present'],
  boolean: ['is', 'is_not', 'present', 'not_present'],
  list: ['is', 'is_not', 'includes', 'not_includes', 'present', 'not_present'],
  any: ['is', 'is_not', 'less_than', 'greater_than', 'includes', 'not_includes', 'present', 'not_present'],
};

/** Fields whose values come from a closed list: a typo there would silently never match. */
const ENUM_VALUES: Record<string, readonly string[]> = {
  requestType: REQUEST_TYPES,
  owner: OWNERS,
  plan: PLANS,
  deployment: DEPLOYMENTS,
  priority: PRIORITIES,
  confidence: CONFIDENCES,
};

const SLUG = /^[a-z0-9][a-z0-9:_.-]*$/;

/**
 * The engine's own results a section cannot read, because assess() decides them later: the owner
 * first, then the severity, then flags and best effort, then macros (see RuleContext). A
 * condition on one of them is never true there.
 */
const NOT_YET_KNOWN: Record<Section, readonly string[]> = {
  owner: ['owner', 'severity', 'flags', 'bestEffort'],
  severity: ['severity', 'flags', 'bestEffort'],
  flags: ['flags', 'bestEffort'],
  macros: [],
};

/** Characters of regular expressions: a hint that a word or phrase was meant as a pattern. */
const PATTERN_SYNTAX = /[\\^$*+?()[\]{}|]/;

export interface ValidateOptions {
  /** An override may omit sections and `version`, and may reference the defaults' macros and ids. */
  mode?: 'rulebook' | 'override';
  /** Macro slugs that exist outside this document (the default library, for an override). */
  knownMacros?: readonly string[];
  /** Rule ids that exist outside this document (the defaults, for an override's `disable`). */
  knownIds?: readonly string[];
  /** The same ids by section: an override's rule may replace a default only in its own section. */
  knownIdsBySection?: Partial<Record<Section, readonly string[]>>;
  /** Ids of default rules with no conditions (catch-alls), which an override may replace in kind. */
  catchAllIds?: readonly string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const list = (items: readonly string[]) => items.join(', ');
const typeName = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);

class Problems {
  readonly items: RulebookProblem[] = [];
  add(path: string, message: string) {
    this.items.push({ path, message });
  }
}

function checkUnknownKeys(value: Record<string, unknown>, allowed: Set<string>, path: string, problems: Problems) {
  for (const key of Object.keys(value)) {
    if (!allowed.has(key)) problems.add(`${path}.${key}`, `unknown key "${key}"; allowed keys are ${list([...allowed])}`);
  }
}

/** A word of two or more letters, or one with a digit: "a" or "I" alone matches nearly every ticket. */
function hasWord(text: string): boolean {
  return tokenize(text).tokens.some((token) => token.raw.length >= 2 || /\p{N}/u.test(token.raw));
}

function checkTextList(value: unknown, path: string, what: string, problems: Problems, wordsOnly = false) {
  const items = Array.isArray(value) ? value : [value];
  if (Array.isArray(value) && value.length === 0) {
    problems.add(`${path}.value`, `${what} needs at least one entry`);
    return;
  }
  items.forEach((item, i) => {
    const at = Array.isArray(value) ? `${path}.value[${i}]` : `${path}.value`;
    if (typeof item !== 'string') problems.add(at, `${what} must be text, not ${typeName(item)}`);
    else if (!/[\p{L}\p{N}]/u.test(item)) problems.add(at, `${what} "${item}" has no letters or digits, so it can never match`);
    else if (wordsOnly && !hasWord(item)) {
      const pattern = PATTERN_SYNTAX.test(item) ? '; rulebooks match plain words, not regular expressions' : '';
      problems.add(at, `${what} "${item}" has no words in it (only single letters and punctuation), so it would match any "a" or "I" in a ticket${pattern}`);
    }
  });
}

/** The key after `organization.fields.` or `custom_fields.`, when it names a member every object has. */
function builtInMember(field: string): string | null {
  const key = field.replace(/^(organization\.fields|custom_fields)\./, '');
  if (key === field) return null;
  return key in Object.prototype || key === '__proto__' ? key : null;
}

function checkCondition(condition: unknown, path: string, problems: Problems, section: Section) {
  if (!isObject(condition)) {
    problems.add(path, `a condition must be an object like {"field": "tags", "operator": "includes", "value": "vip"}, not ${typeName(condition)}`);
    return;
  }
  checkUnknownKeys(condition, CONDITION_KEYS, path, problems);
  const { field, operator, value } = condition;
  const spec = typeof field === 'string' ? fieldSpec(field) : undefined;
  if (typeof field !== 'string') problems.add(`${path}.field`, 'missing "field": name the ticket field to test, e.g. "subject"');
  else if (!spec) {
    problems.add(`${path}.field`, `unknown field "${field}"; use one of ${list(FIELD_NAMES)}, organization.fields.<key> or custom_fields.<id>`);
  } else if (builtInMember(field) !== null) {
    problems.add(`${path}.field`, `"${builtInMember(field)}" in "${field}" is a name every JavaScript object has built in, not one of your fields; use the field's real key or id`);
    return;
  } else if (NOT_YET_KNOWN[section].includes(field)) {
    problems.add(`${path}.field`, `${section} rules run before "${field}" is decided (the engine decides the owner, then the severity, then flags and best effort, then macros), so this condition can never hold here`);
    return;
  }
  if (!isOneOf(OPERATORS, operator)) {
    const shown = typeof operator === 'string' ? `unknown operator "${operator}"` : 'missing "operator"';
    problems.add(`${path}.operator`, `${shown}; use one of ${list(OPERATORS)}`);
    return;
  }
  const op = operator as Operator;
  if (!spec) return;
  const allowed = OPERATORS_BY_KIND[spec.kind];
  const ordered = spec.kind !== 'string' || spec.ordering !== undefined;
  if (!allowed.includes(op) || ((op === 'less_than' || op === 'greater_than') && !ordered)) {
    problems.add(`${path}.operator`, `operator "${op}" does not apply to ${field} (${describeField(String(field))}); use one of ${list(allowed.filter((o) => ordered || (o !== 'less_than' && o !== 'greater_than')))}`);
    return;
  }
  checkValue(field as string, spec.kind, spec.ordering, op, value, path, problems);
}

function checkValue(
  field: string,
  kind: FieldKind,
  ordering: string | undefined,
  op: Operator,
  value: unknown,
  path: string,
  problems: Problems,
) {
  const at = `${path}.value`;
  switch (op) {
    case 'present':
    case 'not_present':
      if (value !== undefined) problems.add(at, `"${op}" takes no value; remove "value"`);
      return;
    case 'includes_words':
    case 'not_includes_words':
      if (value === undefined) problems.add(at, `"${op}" needs a word or a list of words`);
      else checkTextList(value, path, 'a word', problems, true);
      return;
    case 'includes_phrase':
      if (value === undefined) problems.add(at, `"${op}" needs a phrase or a list of phrases`);
      else checkTextList(value, path, 'a phrase', problems, true);
      return;
    case 'includes':
    case 'not_includes':
      if (value === undefined) problems.add(at, `"${op}" needs a value or a list of values`);
      else checkTextList(value, path, 'a value', problems);
      return;
    case 'less_than':
    case 'greater_than': {
      if (kind === 'number' || kind === 'any') {
        if (typeof value !== 'number' || !Number.isFinite(value)) {
          if (!(kind === 'any' && typeof value === 'string')) problems.add(at, `"${op}" on ${field} needs a number, not ${typeName(value)}`);
        }
      } else if (ordering === 'version') {
        if (!(typeof value === 'string' || typeof value === 'number') || compareVersions(String(value), '0') === null) {
          problems.add(at, `"${op}" on ${field} needs a version such as "5.3" or "1.19"`);
        }
      } else if (ordering === 'priority' || ordering === 'confidence') {
        const order = ORDERS[ordering];
        if (typeof value !== 'string' || !order.includes(value.toLowerCase())) {
          problems.add(at, `"${op}" on ${field} needs one of ${list(order)}`);
        }
      }
      return;
    }
    case 'is':
    case 'is_not': {
      if (value === undefined) {
        problems.add(at, `"${op}" needs a value`);
        return;
      }
      const values = Array.isArray(value) ? value : [value];
      if (Array.isArray(value) && value.length === 0) problems.add(at, `"${op}" needs at least one value`);
      values.forEach((v, i) => {
        const vAt = Array.isArray(value) ? `${at}[${i}]` : at;
        if (kind === 'boolean' && typeof v !== 'boolean') problems.add(vAt, `${field} is true or false; write true or false without quotes`);
        else if (kind === 'number' && typeof v !== 'number') problems.add(vAt, `${field} is a number; write it without quotes`);
        else if ((kind === 'string' || kind === 'text' || kind === 'list') && typeof v !== 'string') {
          problems.add(vAt, `${field} holds text; write the value in quotes`);
        } else if (kind === 'any' && !['string', 'number', 'boolean'].includes(typeof v)) {
          problems.add(vAt, `a value must be text, a number or true/false, not ${typeName(v)}`);
        }
        const options = ENUM_VALUES[field];
        if (options && typeof v === 'string' && !options.includes(v)) {
          problems.add(vAt, `${field} has no value "${v}"; use one of ${list(options)}`);
        }
      });
      return;
    }
  }
}

function checkRule(section: Section, rule: unknown, path: string, problems: Problems, macros: Set<string>, catchAllAllowed: boolean) {
  if (!isObject(rule)) {
    problems.add(path, `a rule must be an object, not ${typeName(rule)}`);
    return;
  }
  checkUnknownKeys(rule, SECTION_KEYS[section], path, problems);
  for (const key of ['id', 'title', 'explanation', 'source'] as const) {
    if (!isNonEmptyString(rule[key])) problems.add(`${path}.${key}`, `missing "${key}": every rule needs a non-empty ${key}`);
  }
  if (rule.disabled !== undefined && typeof rule.disabled !== 'boolean') problems.add(`${path}.disabled`, '"disabled" is true or false');
  for (const group of ['all', 'any'] as const) {
    const conditions = rule[group];
    if (conditions === undefined) continue;
    if (!Array.isArray(conditions)) {
      problems.add(`${path}.${group}`, `"${group}" must be a list of conditions, not ${typeName(conditions)}`);
      continue;
    }
    conditions.forEach((c, i) => checkCondition(c, `${path}.${group}[${i}]`, problems, section));
  }
  // No conditions at all would match every ticket (every ticket Sev 0, every ticket flagged);
  // an empty "any" is ignored by the engine, which surprises whoever wrote it.
  const { all, any } = rule;
  if (Array.isArray(any) && any.length === 0) {
    problems.add(`${path}.any`, '"any" is empty, so it would not limit the rule at all; add conditions to it or remove it');
  } else if ((all === undefined || (Array.isArray(all) && all.length === 0)) && any === undefined && !catchAllAllowed) {
    const where = section === 'owner' || section === 'severity' ? ' (only the last owner or severity rule of a full rulebook, or a replacement of such a default, may be a catch-all)' : '';
    problems.add(path, `the rule has no conditions, so it would match every ticket${where}; add "all" or "any" conditions`);
  }
  switch (section) {
    case 'owner':
      if (!isOneOf(OWNERS, rule.owner)) {
        problems.add(`${path}.owner`, `unknown owner ${JSON.stringify(rule.owner ?? null)}; use one of ${list(OWNERS)}`);
      }
      if (rule.nextStep !== undefined && typeof rule.nextStep !== 'string') problems.add(`${path}.nextStep`, '"nextStep" must be text');
      break;
    case 'severity':
      if (typeof rule.severity !== 'number' || !Number.isInteger(rule.severity) || rule.severity < 0 || rule.severity > 3) {
        problems.add(`${path}.severity`, `severity must be 0, 1, 2 or 3 (0 is the most severe), not ${JSON.stringify(rule.severity ?? null)}`);
      }
      break;
    case 'flags':
      if (!isNonEmptyString(rule.flag) || !SLUG.test(rule.flag)) {
        problems.add(`${path}.flag`, 'the flag must be a slug in lower case without spaces, e.g. "best-effort:docker-swarm"');
      }
      if (rule.slots !== undefined) checkSlotValues(rule.slots, `${path}.slots`, (at, message) => problems.add(at, message));
      break;
    case 'macros':
      if (!isNonEmptyString(rule.macro)) problems.add(`${path}.macro`, 'missing "macro": the slug of a macro in macroLibrary');
      else if (!macros.has(rule.macro)) {
        problems.add(`${path}.macro`, `macro "${rule.macro}" is not in macroLibrary; add it there or use one of ${list([...macros])}`);
      }
      if (typeof rule.weight !== 'number' || !Number.isFinite(rule.weight)) problems.add(`${path}.weight`, '"weight" must be a number; higher ranks first');
      break;
  }
}

function checkLibrary(library: unknown, problems: Problems): Set<string> {
  const slugs = new Set<string>();
  if (library === undefined) return slugs;
  if (!Array.isArray(library)) {
    problems.add('$.macroLibrary', `"macroLibrary" must be a list of macros, not ${typeName(library)}`);
    return slugs;
  }
  library.forEach((entry, i) => {
    const path = `$.macroLibrary[${i}]`;
    if (!isObject(entry)) {
      problems.add(path, `a macro must be an object with slug, title, visibility and body, not ${typeName(entry)}`);
      return;
    }
    checkUnknownKeys(entry, LIBRARY_KEYS, path, problems);
    if (!isNonEmptyString(entry.slug) || !SLUG.test(entry.slug)) problems.add(`${path}.slug`, 'the slug must be lower case without spaces, e.g. "ce-feature-request"');
    else if (slugs.has(entry.slug)) problems.add(`${path}.slug`, `duplicate macro slug "${entry.slug}"`);
    else slugs.add(entry.slug);
    for (const key of ['title', 'body'] as const) {
      if (!isNonEmptyString(entry[key])) problems.add(`${path}.${key}`, `missing "${key}": every macro needs a non-empty ${key}`);
    }
    if (entry.visibility !== 'public' && entry.visibility !== 'internal') {
      problems.add(`${path}.visibility`, 'visibility must be "public" (a reply) or "internal" (a note)');
    }
    if (entry.tags !== undefined && (!Array.isArray(entry.tags) || entry.tags.some((t) => typeof t !== 'string'))) {
      problems.add(`${path}.tags`, '"tags" must be a list of text values');
    }
    checkMacroSlots(entry, path, (at, message) => problems.add(at, message));
  });
  return slugs;
}

/**
 * Every problem in a rulebook (or, with mode "override", a rulebook override), with its JSON path.
 * Accepts the JSON text itself: a parse error comes back as one problem with its position.
 */
export function validateRulebook(input: unknown, options: ValidateOptions = {}): RulebookProblem[] {
  const problems = new Problems();
  let doc = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input);
    } catch (error) {
      return [{ path: '$', message: describeJsonError(input, error) }];
    }
  }
  const override = options.mode === 'override';
  if (!isObject(doc)) {
    problems.add('$', `the rulebook must be a JSON object with ${list(SECTIONS)} and macroLibrary, not ${typeName(doc)}`);
    return problems.items;
  }
  checkUnknownKeys(doc, TOP_KEYS, '$', problems);
  if (!override && doc.version !== 1) problems.add('$.version', 'the rulebook needs "version": 1');
  if (override && doc.version !== undefined && doc.version !== 1) problems.add('$.version', '"version" must be 1');
  if (!override && doc.disable !== undefined) problems.add('$.disable', '"disable" belongs in an override; in a full rulebook set "disabled": true on the rule');

  const macros = checkLibrary(doc.macroLibrary, problems);
  for (const slug of options.knownMacros ?? []) macros.add(slug);
  if (!override && doc.macroLibrary === undefined) problems.add('$.macroLibrary', 'the rulebook needs a "macroLibrary" list');

  const ids = new Map<string, string>();
  const knownBySection = SECTIONS.map((section) => [section, new Set(options.knownIdsBySection?.[section] ?? [])] as const);
  const catchAllIds = new Set(options.catchAllIds ?? []);
  for (const section of SECTIONS) {
    const rules = doc[section];
    if (rules === undefined) {
      if (!override) problems.add(`$.${section}`, `the rulebook needs a "${section}" list`);
      continue;
    }
    if (!Array.isArray(rules)) {
      problems.add(`$.${section}`, `"${section}" must be a list of rules, not ${typeName(rules)}`);
      continue;
    }
    rules.forEach((rule, i) => {
      const path = `$.${section}[${i}]`;
      const before = problems.items.length;
      // A catch-all is the documented default at the end of a first-match list. In an override,
      // new owner and severity rules go first, so only a replacement of a default catch-all may be one.
      const firstMatch = section === 'owner' || section === 'severity';
      const ruleId = isObject(rule) ? rule.id : undefined;
      const catchAllAllowed =
        firstMatch && (override ? typeof ruleId === 'string' && catchAllIds.has(ruleId) : i === rules.length - 1);
      checkRule(section, rule, path, problems, macros, catchAllAllowed);
      const id = isObject(rule) ? rule.id : undefined;
      if (isNonEmptyString(id)) {
        const first = ids.get(id);
        if (first !== undefined) problems.add(`${path}.id`, `duplicate id "${id}" (first used at ${first}); ids must be unique`);
        else ids.set(id, path);
        const owner = knownBySection.find(([other, known]) => other !== section && known.has(id))?.[0];
        if (owner !== undefined) {
          problems.add(`${path}.id`, `id "${id}" belongs to a default ${owner} rule; a rule replaces a default only in its own section, so use a new id here or move the rule under "${owner}"`);
        }
      }
      // Every message names the rule, so an admin finds it without counting array items.
      const label = isNonEmptyString(id) ? `${section} rule "${id}"` : `${section} rule ${i + 1} (no id)`;
      for (const problem of problems.items.slice(before)) problem.message = `${label}: ${problem.message}`;
    });
  }

  checkTranslationShapes(doc.translations, (at, message) => problems.add(at, message));

  if (doc.disable !== undefined && override) {
    const known = new Set([...(options.knownIds ?? []), ...ids.keys()]);
    if (!Array.isArray(doc.disable)) problems.add('$.disable', '"disable" must be a list of rule ids');
    else {
      doc.disable.forEach((id, i) => {
        if (typeof id !== 'string') problems.add(`$.disable[${i}]`, `a rule id is text, not ${typeName(id)}`);
        else if (!known.has(id)) problems.add(`$.disable[${i}]`, `no rule has the id "${id}"`);
      });
    }
  }
  return problems.items;
}
