// "Apply triage": writes the assessment onto the open ticket as tags (and the installed Request
// type field when there is one), unsaved, the way an agent would edit them; the agent saves as usual.
import { customFieldPath } from '../rules/normalize';
import { requestTypeTag } from '../rules/requirements/requirementIdentifier';
import { planTriageTags } from '../rules/triage/triageTags';
import type { RequestType } from '../rules/types';
import { ApplyTriageError, describeError } from './errors';
import type { ZendeskClient } from './ZendeskClient';

export interface TriageWrite {
  /** Every triage tag the ticket should carry (from `triageTags`). */
  tags: string[];
  /** The tags as last read, used when a fresh read fails. */
  knownTags: readonly string[];
  requestType: RequestType;
  /** The installed Request type drop-down (never an admin's own field); null: tags only. */
  requestTypeFieldId: string | null;
}

export type FieldOutcome =
  | { kind: 'none' }
  | { kind: 'set'; fieldId: string; value: string }
  | { kind: 'failed'; fieldId: string; reason: string };

export interface TriageOutcome {
  tags: string[];
  added: string[];
  removed: string[];
  field: FieldOutcome;
}

/**
 * Removes the triage tags that no longer apply, adds the missing ones, then sets the request-type
 * field. Idempotent: a second call with the same input changes nothing. Throws ApplyTriageError
 * when the tags could not be written; a field that could not be set (not on the form, say) is
 * reported in the outcome, since the tags already carry the request type.
 */
export async function applyTriage(
  client: ZendeskClient,
  write: TriageWrite,
): Promise<TriageOutcome> {
  const current = await readTags(client, write.knownTags);
  const { add, remove } = planTriageTags(current, write.tags);
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
  if (write.requestTypeFieldId !== null) {
    const fieldId = write.requestTypeFieldId;
    const value = requestTypeTag(write.requestType);
    try {
      await client.set(customFieldPath(fieldId), value);
      field = { kind: 'set', fieldId, value };
    } catch (error) {
      field = { kind: 'failed', fieldId, reason: describeError(error) };
    }
  }
  return { tags: [...write.tags], added: add, removed: remove, field };
}

/** The ticket's tags right now (another app or the agent may have changed them since the last read). */
async function readTags(client: ZendeskClient, fallback: readonly string[]): Promise<string[]> {
  try {
    const result = await client.get(['ticket.tags']);
    const tags = result['ticket.tags'];
    if (!result.errors?.['ticket.tags'] && Array.isArray(tags))
      return tags.filter((tag): tag is string => typeof tag === 'string');
  } catch {
    // fall through to the last known tags
  }
  return [...fallback];
}
