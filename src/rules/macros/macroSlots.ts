// Named slots in macro bodies: `{{version}}`, `{{component}}`… A fixed pattern (never one built
// from a rulebook): a name is letters and digits, starting with a letter.
const SLOT = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

/** The slot names a body uses, in order of first use. */
export function slotsIn(body: string): string[] {
  const names: string[] = [];
  for (const match of body.matchAll(SLOT)) if (match[1] && !names.includes(match[1])) names.push(match[1]);
  return names;
}

export interface FilledMacro {
  /** The body with every known slot filled and every other one replaced by `mark(name)`. */
  text: string;
  /** The slots left for the agent, in order of first use. */
  unfilled: string[];
}

/**
 * Fills a macro body's slots from `values`. A slot without a value (or with a blank one) stays
 * visibly marked: `mark` decides how ("[feature]" by default), so the agent sees what to write.
 * Values are inserted once and never re-scanned, so a value holding `{{…}}` stays as it is.
 */
export function fillMacroSlots(
  body: string,
  values: Readonly<Record<string, string | undefined>>,
  mark: (name: string) => string = (name) => `[${name}]`,
): FilledMacro {
  const unfilled: string[] = [];
  const text = body.replace(SLOT, (_whole, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (!unfilled.includes(name)) unfilled.push(name);
    return mark(name);
  });
  return { text, unfilled };
}
