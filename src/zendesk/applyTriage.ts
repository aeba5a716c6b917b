// "Apply triage": writes the assessment onto the open ticket as tags (and the installed Request
// type field when there is one), unsaved, the way an agent would edit them; the agent saves as usual.
import { customFieldPath } from '../rules/normalize';
import { requestTypeTag } from '../rules/requirements/requirementIdentifier';
import { planTriageTags, requestTypeFromOption, withChosenRequestType } from '../rules/triage/triageTags';
import type { RequestType } from '../rules/types';
import { ApplyTriageError, describeError, readableError } from './errors';
import type { ZendeskClient } from './ZendeskClient';

interface TriageWrite {
  /** Every triage tag the ticket should carry (from `triageTags`). */
  tags: string[];
  /** The tags as last read, used when a fresh read fails. */
  knownTags: readonly string[];
  requestType: RequestType;
  /** The installed Request type drop-down (never an admin's own field); null: tags only. */
  requestTypeFieldId: string | null;
}

type FieldOutcome =
  | { kind: 'none' }
  | { kind: 'set'; fieldId: string; value: string }
  /** The field already held another request type (a person's choice): kept, tagged as an override. */
  | { kind: 'kept'; fieldId: string; requestType: RequestType }
  /** reason: null when Zendesk's error carried no words. */
  | { kind: 'failed'; fieldId: string; reason: string | null };

export interface TriageOutcome {
  tags: string[];
  added: string[];
  removed: string[];
  field: FieldOutcome;
}

/**
 * Removes the triage tags that no longer apply, adds the missing ones, then sets the request-type
 * field. A request type already in the installed field that differs from the suggestion is the
 * triager's choice (picked by hand, or confirmed by an earlier Apply triage): it is kept, its tag
 * stays, and `triage_override` + `triage_override_type` record the departure. Idempotent: a second call with the same input changes nothing. Throws ApplyTriageError
 * when the tags could not be written; a field that could not be set (not on the form, say) is
 * reported in the outcome, since the tags already carry the request type.
 */
export async function applyTriage(
  client: ZendeskClient,
  write: TriageWrite,
): Promise<TriageOutcome> {
  const fieldId = write.requestTypeFieldId;
  const current = await readCurrent(client, fieldId, write.knownTags);
  const chosen = fieldId === null ? null : requestTypeFromOption(current.fieldValue);
  const kept = chosen !== null && chosen !== write.requestType ? chosen : null;
  const tags = kept === null ? [...write.tags] : withChosenRequestType(write.tags, write.requestType, kept);
  const { add, remove } = planTriageTags(current.tags, tags);
  try {
    if (remove.length > 0) await client.invoke('ticket.tags.remove', remove);
    if (add.length > 0) await client.invoke('ticket.tags.add', add);
  } catch (error) {
    const detail = describeError(error);
    throw new ApplyTriageError(
      { key: 'ui.errors.tagsRejected', vars: { detail } },
      `Zendesk did not accept the tag change: ${detail}`,
      error,
    );
  }

  let field: FieldOutcome = { kind: 'none' };
  if (fieldId !== null && kept !== null) {
    field = { kind: 'kept', fieldId, requestType: kept };
  } else if (fieldId !== null) {
    const value = requestTypeTag(write.requestType);
    try {
      await client.set(customFieldPath(fieldId), value);
      field = { kind: 'set', fieldId, value };
    } catch (error) {
      field = { kind: 'failed', fieldId, reason: readableError(error) };
    }
  }
  return { tags, added: add, removed: remove, field };
}

/**
 * The ticket's tags and the installed field's value right now, in one get (another app or the
 * agent may have changed them since the last read). A field that cannot be read counts as empty:
 * it is usually not on the form, and the write then reports that.
 */
async function readCurrent(
  client: ZendeskClient,
  fieldId: string | null,
  fallback: readonly string[],
): Promise<{ tags: string[]; fieldValue: unknown }> {
  const fieldPath = fieldId === null ? null : customFieldPath(fieldId);
  try {
    const result = await client.get(fieldPath === null ? ['ticket.tags'] : ['ticket.tags', fieldPath]);
    const tags = result['ticket.tags'];
    const fieldValue = fieldPath === null || result.errors?.[fieldPath] ? null : result[fieldPath];
    if (!result.errors?.['ticket.tags'] && Array.isArray(tags))
      return { tags: tags.filter((tag): tag is string => typeof tag === 'string'), fieldValue };
    return { tags: [...fallback], fieldValue };
  } catch {
    return { tags: [...fallback], fieldValue: null };
  }
}
