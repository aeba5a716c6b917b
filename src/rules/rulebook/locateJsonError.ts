// Node 20's JSON.parse often says only "Unexpected token" without a position. An admin editing a
// rulebook in a settings box needs the line and column, so when parsing fails this small scanner
// walks the text once to find where it stops being JSON. Iterative (an explicit stack), so deep
// nesting cannot overflow the call stack.

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/** Offset of the first syntax error in `text`, or null when it is valid JSON. */
export function locateJsonError(text: string): number | null {
  let i = 0;
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return true;
    }
    return false;
  };
  const string = () => {
    if (text[i] !== '"') return false;
    i++;
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '"') {
        i++;
        return true;
      }
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else return false;
      } else if (ch < ' ') return false;
      else i++;
    }
    return false;
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) return false;
    i += match[0].length;
    return true;
  };
  const scalar = () => string() || number() || literal('true') || literal('false') || literal('null');

  // Each frame: the container kind and whether a value was just read in it.
  const stack: Array<{ kind: 'object' | 'array'; expectValue: boolean; empty: boolean }> = [];
  skip();
  for (;;) {
    skip();
    const top = stack[stack.length - 1];
    if (top === undefined || top.expectValue) {
      // A value is expected here (or the closing bracket of an empty container).
      if (top && top.empty && ((top.kind === 'array' && text[i] === ']') || (top.kind === 'object' && text[i] === '}'))) {
        i++;
        stack.pop();
        const parent = stack[stack.length - 1];
        if (parent) parent.expectValue = false;
        else break;
        continue;
      }
      if (top?.kind === 'object') {
        if (!string()) return i;
        skip();
        if (text[i] !== ':') return i;
        i++;
        skip();
      }
      if (text[i] === '{' || text[i] === '[') {
        stack.push({ kind: text[i] === '{' ? 'object' : 'array', expectValue: true, empty: true });
        i++;
        continue;
      }
      if (!scalar()) return i;
      if (top) top.expectValue = false;
      else break;
      continue;
    }
    // After a value inside a container: a comma or the closing bracket.
    const close = top.kind === 'array' ? ']' : '}';
    if (text[i] === ',') {
      i++;
      top.expectValue = true;
      top.empty = false;
      continue;
    }
    if (text[i] !== close) return i;
    i++;
    stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.expectValue = false;
    else break;
  }
  skip();
  return i < text.length ? i : null;
}
