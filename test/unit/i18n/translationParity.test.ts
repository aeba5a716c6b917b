// Every locale must carry exactly the keys of en.json: a key only in one file is either a string
// German agents never see or a stale leftover.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = resolve(import.meta.dirname, '../../../translations');

function leafKeys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => leafKeys(value, prefix ? `${prefix}.${key}` : key));
}

function keysOf(file: string): string[] {
  return leafKeys(JSON.parse(readFileSync(resolve(dir, file), 'utf8'))).sort();
}

/** Placeholders ({{name}}) used by one translation string. */
function placeholders(file: string): Map<string, string[]> {
  const json: unknown = JSON.parse(readFileSync(resolve(dir, file), 'utf8'));
  const result = new Map<string, string[]>();
  const walk = (node: unknown, prefix: string) => {
    if (typeof node === 'string') {
      result.set(prefix, [...node.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort());
    } else if (typeof node === 'object' && node !== null) {
      for (const [k, v] of Object.entries(node)) walk(v, prefix ? `${prefix}.${k}` : k);
    }
  };
  walk(json, '');
  return result;
}

const locales = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'en.json');

describe('translations', () => {
  it('has at least the German locale besides English', () => {
    expect(locales).toContain('de.json');
  });

  it.each(locales)('%s has exactly the keys of en.json', (file) => {
    const english = keysOf('en.json');
    const other = keysOf(file);
    expect(other.filter((k) => !english.includes(k)), `keys only in ${file}`).toEqual([]);
    expect(english.filter((k) => !other.includes(k)), `keys missing from ${file}`).toEqual([]);
  });

  it.each(locales)('%s uses the same {{placeholders}} as en.json', (file) => {
    const english = placeholders('en.json');
    const other = placeholders(file);
    for (const [key, names] of english) {
      if (other.has(key)) expect(other.get(key), key).toEqual(names);
    }
  });

  it.each(['en.json', ...locales])('%s has only non-empty string leaves', (file) => {
    const json: unknown = JSON.parse(readFileSync(resolve(dir, file), 'utf8'));
    const bad: string[] = [];
    const walk = (node: unknown, prefix: string) => {
      if (typeof node === 'string') {
        if (node.trim() === '') bad.push(prefix);
      } else if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
        for (const [k, v] of Object.entries(node)) walk(v, prefix ? `${prefix}.${k}` : k);
      } else bad.push(prefix);
    };
    walk(json, '');
    expect(bad).toEqual([]);
  });

  it('never says "support will help you" (support-policy §9)', () => {
    for (const file of ['en.json', ...locales]) {
      expect(readFileSync(resolve(dir, file), 'utf8').toLowerCase()).not.toContain('support will help you');
    }
  });
});
