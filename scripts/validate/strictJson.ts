// JSON.parse plus the one thing it hides: duplicate keys (JSON.parse silently keeps the last one,
// Zendesk's validator refuses the package). A ~60-line scanner over already-valid JSON is enough,
// so no dependency: the small npm duplicate-key parsers are unmaintained or pull in a full parser.
import { formatJsonPath, type PathSegment } from './jsonPath';

export type StrictJsonResult =
  { ok: true; value: unknown; duplicateKeys: string[] } | { ok: false; message: string };

export function parseStrictJson(text: string): StrictJsonResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    return { ok: false, message: cause instanceof Error ? cause.message : String(cause) };
  }
  return { ok: true, value, duplicateKeys: findDuplicateKeys(text) };
}

type Container =
  | {
      kind: 'object';
      path: PathSegment[];
      keys: Set<string>;
      expectingKey: boolean;
      lastKey: string;
    }
  | { kind: 'array'; path: PathSegment[]; index: number };

/**
 * JSON paths of every key that appears twice in the same object, in document order.
 * Assumes `text` is valid JSON (call JSON.parse first).
 */
export function findDuplicateKeys(text: string): string[] {
  const stack: Container[] = [];
  const duplicates: string[] = [];

  const pathOfNextValue = (): PathSegment[] => {
    const parent = stack.at(-1);
    if (parent === undefined) return [];
    return parent.kind === 'object'
      ? [...parent.path, parent.lastKey]
      : [...parent.path, parent.index];
  };

  let position = 0;
  while (position < text.length) {
    const char = text[position];
    if (char === '"') {
      const end = endOfString(text, position);
      const parent = stack.at(-1);
      if (parent?.kind === 'object' && parent.expectingKey) {
        const key = JSON.parse(text.slice(position, end)) as string;
        if (parent.keys.has(key)) duplicates.push(formatJsonPath([...parent.path, key]));
        parent.keys.add(key);
        parent.lastKey = key;
        parent.expectingKey = false;
      }
      position = end;
      continue;
    }
    if (char === '{') {
      stack.push({
        kind: 'object',
        path: pathOfNextValue(),
        keys: new Set(),
        expectingKey: true,
        lastKey: '',
      });
    } else if (char === '[') {
      stack.push({ kind: 'array', path: pathOfNextValue(), index: 0 });
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',') {
      const parent = stack.at(-1);
      if (parent?.kind === 'object') parent.expectingKey = true;
      else if (parent?.kind === 'array') parent.index += 1;
    }
    position += 1;
  }
  return duplicates;
}

/** Index just past the closing quote of the string literal that opens at `start`. */
function endOfString(text: string, start: number): number {
  let position = start + 1;
  while (position < text.length) {
    const char = text[position];
    if (char === '\\') position += 2;
    else if (char === '"') return position + 1;
    else position += 1;
  }
  return text.length;
}
