// The account's macros in the preview: the default macros of support-policy §16, filed under a
// "Triage::" category as an admin would create them, plus a few unrelated account macros.
import macros from '../fixtures/macros.json';

export interface FixtureMacro {
  id: number;
  /** The policy slug, or null for the unrelated account macros. */
  slug: string | null;
  title: string;
  public: boolean;
  body: string;
}

export const FIXTURE_MACROS: readonly FixtureMacro[] = macros;

/** The tag a macro adds to the ticket, so applying one has a visible, checkable effect. */
export function macroTag(macro: FixtureMacro): string {
  return `macro_${macro.id}`;
}

/** The macro as `GET /api/v2/macros` (List Macros) lists it (zendesk-apps.md §7). */
export function macroAsRest(macro: FixtureMacro, position: number): Record<string, unknown> {
  return {
    id: macro.id,
    url: `https://preview.zendesk.com/api/v2/macros/${macro.id}.json`,
    title: macro.title,
    raw_title: macro.title,
    description: null,
    active: true,
    default: false,
    position,
    restriction: null,
    actions: [
      { field: 'comment_value', value: macro.body },
      { field: 'comment_mode_is_public', value: macro.public },
      { field: 'current_tags', value: macroTag(macro) },
    ],
    created_at: '2026-01-05T10:00:00Z',
    updated_at: '2026-01-05T10:00:00Z',
  };
}
