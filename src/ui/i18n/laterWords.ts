// Which groups of the English words (translations/en.json's `ui`) only the parts rendered after
// the first paint use (the Whys, Apply triage, the clock, the related tickets, Save anyway, the
// configuration notices). They come in a chunk fetched with those parts (loadLaterEnglish.ts), so
// the start-up chunk carries only the words the first paint can show. A part rendered before that
// chunk has landed must not use these groups: it would show the raw key.
type Words = Readonly<Record<string, unknown>>;

export const LATER_WORD_GROUPS: readonly string[] = [
  'why',
  'settings',
  'rulebook',
  'saveAnyway',
  'applyTriage',
  'ownerOverride',
  'clock',
  'related',
];

/** The `ui` words split into the first paint's and the later parts' groups. */
export function splitEnglish(ui: Words): { firstPaint: Words; later: Words } {
  const later = new Set(LATER_WORD_GROUPS);
  const entries = Object.entries(ui);
  return {
    firstPaint: Object.fromEntries(entries.filter(([group]) => !later.has(group))),
    later: Object.fromEntries(entries.filter(([group]) => later.has(group))),
  };
}
