import type { RequirementsLookup } from './createRequirementsLookup';

/**
 * The Request type field Apply triage fills in: only the field this installation created
 * (requirement `triage_request_type`), whose options are the `triage_type_*` values we write;
 * null when there is none. A field named by the `requestTypeFieldId` setting is never written
 * unless it is that same installed field: an admin's own drop-down has its own options ("Bug
 * report"), which a `triage_type_*` value is not, and it is the field the classifier trusts most,
 * so our guess must not land there as if someone had chosen it. Never rejects.
 */
export async function resolveRequestTypeFieldId(
  requirements: RequirementsLookup,
): Promise<string | null> {
  return requirements.requestTypeFieldId();
}
