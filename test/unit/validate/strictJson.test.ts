import { describe, expect, it } from 'vitest';
import { findDuplicateKeys, parseStrictJson } from '../../../scripts/validate/strictJson';

describe('parseStrictJson', () => {
  it('returns the value and no duplicates for ordinary JSON', () => {
    expect(parseStrictJson('{"a": 1, "b": [1, {"c": "}"}]}')).toEqual({
      ok: true,
      value: { a: 1, b: [1, { c: '}' }] },
      duplicateKeys: [],
    });
  });

  it('reports invalid JSON with the parser message', () => {
    const result = parseStrictJson('{"a": 1,}');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(/JSON|Unexpected|Expected/);
  });
});

describe('findDuplicateKeys', () => {
  it('finds a duplicate at the top level', () => {
    expect(findDuplicateKeys('{"author": 1, "version": "1", "author": 2}')).toEqual(['author']);
  });

  it('gives the JSON path of duplicates inside nested objects and arrays', () => {
    const text = '{"parameters": [{"name": "a"}, {"name": "b", "type": "text", "name": "c"}]}';
    expect(findDuplicateKeys(text)).toEqual(['parameters[1].name']);
  });

  it('does not confuse equal keys in sibling objects, or keys that only look alike', () => {
    const text = '{"x": {"k": 1}, "y": {"k": 2}, "k\\"": 3, "k": "\\"k\\": 4"}';
    expect(findDuplicateKeys(text)).toEqual([]);
  });

  it('decodes escapes before comparing keys', () => {
    expect(findDuplicateKeys('{"name": 1, "n\\u0061me": 2}')).toEqual(['name']);
  });
});
