// What installing the app would have created in the preview's account: the policy macros (the
// fixture macros that have a slug) and the Request type field, listed the way
// `GET /api/v2/apps/installations/{id}/requirements` lists them.
import { requirementIdentifier, REQUEST_TYPE_FIELD_IDENTIFIER } from '../../src/rules/requirements/requirementIdentifier';
import { FIXTURE_MACROS } from './fixtureMacros';

/** The id of the installed "Request type" drop-down in the preview account. */
export const FIXTURE_REQUEST_TYPE_FIELD_ID = 360000900001;

export function fixtureRequirements(missingMacros: readonly string[]): { requirements: Record<string, unknown>[] } {
  const requirement = (identifier: string, id: number, type: string) => ({
    account_id: 1,
    identifier,
    requirement_id: id,
    requirement_type: type,
    created_at: '2026-01-05T10:00:00Z',
    updated_at: '2026-01-05T10:00:00Z',
  });
  return {
    requirements: [
      ...FIXTURE_MACROS.filter((macro) => macro.slug !== null && !missingMacros.includes(macro.slug)).map((macro) =>
        requirement(requirementIdentifier(macro.slug!), macro.id, 'macros'),
      ),
      requirement(REQUEST_TYPE_FIELD_IDENTIFIER, FIXTURE_REQUEST_TYPE_FIELD_ID, 'ticket_fields'),
    ],
  };
}
