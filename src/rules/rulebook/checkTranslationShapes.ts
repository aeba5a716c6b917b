import { slotsIn } from '../macros/macroSlots';

// The shape of a rulebook's `translations` and of the macro and flag fields that carry
// customer-facing words (slots, accountBody, status). Problems here are errors: a rulebook with a
// translation that is not text would show the agent nothing.

type Add = (path: string, message: string) => void;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const RULE_TEXTS = new Set(['title', 'explanation', 'nextStep', 'slots']);
const MACRO_TEXTS = new Set(['title', 'body', 'accountBody']);

function checkTexts(value: unknown, allowed: Set<string>, path: string, add: Add) {
  if (!isObject(value)) {
    add(path, `a translation is an object of texts such as {"title": "…"}, not ${JSON.stringify(value)}`);
    return;
  }
  for (const [key, text] of Object.entries(value)) {
    if (!allowed.has(key)) add(`${path}.${key}`, `unknown key "${key}"; a translation may hold ${[...allowed].join(', ')}`);
    else if (key === 'slots') checkSlotValues(text, `${path}.slots`, add);
    else if (typeof text !== 'string' || text.trim() === '') add(`${path}.${key}`, `"${key}" must be non-empty text`);
    else if (key === 'accountBody' && slotsIn(text).length > 0) add(`${path}.${key}`, ACCOUNT_BODY_SLOTS);
  }
}

const ACCOUNT_BODY_SLOTS =
  '"accountBody" is installed in the account as the macro text and Zendesk would send {{slots}} as they are; write it without slots';

/** `slots` of a flag rule (or its translation): slot names to customer-facing words. */
export function checkSlotValues(value: unknown, path: string, add: Add) {
  if (!isObject(value)) {
    add(path, '"slots" must be an object of slot names to text, e.g. {"component": "Docker Swarm"}');
    return;
  }
  for (const [name, text] of Object.entries(value)) {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) add(`${path}.${name}`, `slot name "${name}" must be letters and digits, starting with a letter`);
    if (typeof text !== 'string' || text.trim() === '') add(`${path}.${name}`, 'a slot value must be non-empty text');
  }
}

/** A macro's accountBody (the installed text: no slots) and status. */
export function checkMacroSlots(entry: Record<string, unknown>, path: string, add: Add) {
  if (entry.accountBody !== undefined) {
    if (typeof entry.accountBody !== 'string' || entry.accountBody.trim() === '') add(`${path}.accountBody`, '"accountBody" must be non-empty text');
    else if (slotsIn(entry.accountBody).length > 0) add(`${path}.accountBody`, ACCOUNT_BODY_SLOTS);
  }
  if (entry.status !== undefined && !['open', 'pending', 'hold', 'solved'].includes(entry.status as string)) {
    add(`${path}.status`, 'status must be "open", "pending", "hold" or "solved"');
  }
}

/** The `translations` object: locales to `{ rules: {id: texts}, macros: {slug: texts} }`. */
export function checkTranslationShapes(value: unknown, add: Add) {
  if (value === undefined) return;
  if (!isObject(value)) {
    add('$.translations', '"translations" must be an object of locales, e.g. {"de": {"rules": {…}, "macros": {…}}}');
    return;
  }
  for (const [locale, words] of Object.entries(value)) {
    const path = `$.translations.${locale}`;
    if (!LOCALE.test(locale)) add(path, `"${locale}" is not a locale such as "de" or "fr-CA"`);
    if (!isObject(words)) {
      add(path, 'a locale holds {"rules": {…}, "macros": {…}}');
      continue;
    }
    for (const key of Object.keys(words)) if (key !== 'rules' && key !== 'macros') add(`${path}.${key}`, `unknown key "${key}"; use rules and macros`);
    for (const [group, allowed] of [['rules', RULE_TEXTS], ['macros', MACRO_TEXTS]] as const) {
      const entries = words[group];
      if (entries === undefined) continue;
      if (!isObject(entries)) {
        add(`${path}.${group}`, `"${group}" must be an object keyed by ${group === 'rules' ? 'rule id' : 'macro slug'}`);
        continue;
      }
      for (const [key, texts] of Object.entries(entries)) checkTexts(texts, allowed, `${path}.${group}.${key}`, add);
    }
  }
}
