// How much of an assessment the sidebar shows at once. A rulebook is an admin's data: it may
// raise thousands of flags or carry a macro title of a hundred thousand characters, and the panel
// must still render at once. Past these limits the panel says how many more there are.

/** Flags listed; more is rare in a real rulebook and unreadable in a 320 px sidebar anyway. */
export const MAX_FLAGS_SHOWN = 20;
/** Suggested macros listed (the engine's own limit is at most 10). */
export const MAX_MACROS_SHOWN = 10;
/** Macros listed under "Other macros…". */
export const MAX_OTHER_MACROS_SHOWN = 50;
/**
 * Problems of a broken rulebook override listed. An override that is wrong throughout (a pasted
 * file of another shape, thousands of rules with one mistake each) has thousands; the first ones
 * tell the admin what to fix, and the dry run (`npm run assess -- --rules`) prints them all.
 */
export const MAX_RULEBOOK_PROBLEMS_SHOWN = 10;
/** Rules listed under one "Why?". */
export const MAX_REASONS_SHOWN = 20;
/** Characters of a macro title, a flag's text or a rule's reason. */
export const MAX_TITLE_CHARS = 200;
/** Characters of a macro body's one-line preview (and of its tooltip). */
export const MAX_PREVIEW_CHARS = 300;

/** At most `max` characters (never splitting a surrogate pair), with "…" when cut. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}
