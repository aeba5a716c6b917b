// Block mode's "Save anyway": the agent keeps a priority above the guidance and says why. The
// `ticket.save` hook can only allow or block (zendesk-apps.md §2.5), so the override is recorded
// here, before the agent saves again: the tag goes onto the open ticket (saved with it), and, when
// the admin enabled it, the reason becomes an internal note through the documented ticket update
// (`PUT /api/v2/tickets/{id}`; a new ticket has no id yet, so it gets no note).
import { SAVE_OVERRIDE_TAG } from '../rules/triage';
import { describeError, SaveOverrideError } from './errors';
import type { ZendeskClient } from './ZendeskClient';

export interface SaveOverride {
  ticketId: number | null;
  /** The agent's reason, as typed (trimmed). */
  reason: string;
  /** The internal note's text (already in the agent's language); null: no note. */
  note: string | null;
}

export interface SaveOverrideOutcome {
  /** The note was added; false when none was asked for or it could not be added. */
  noted: boolean;
  /** Why the note could not be added; null when it was, or none was asked for. */
  noteProblem: string | null;
}

export async function recordSaveOverride(client: ZendeskClient, override: SaveOverride): Promise<SaveOverrideOutcome> {
  try {
    await client.invoke('ticket.tags.add', [SAVE_OVERRIDE_TAG]);
  } catch (error) {
    const detail = describeError(error);
    throw new SaveOverrideError(
      { key: 'ui.errors.tagsRejected', vars: { detail } },
      `Zendesk did not accept the tag ${SAVE_OVERRIDE_TAG}: ${detail}`,
      error,
    );
  }
  if (override.note === null) return { noted: false, noteProblem: null };
  if (override.ticketId === null) return { noted: false, noteProblem: 'new ticket' };
  try {
    await client.request({
      url: `/api/v2/tickets/${override.ticketId}.json`,
      type: 'PUT',
      contentType: 'application/json',
      data: JSON.stringify({ ticket: { comment: { body: override.note, public: false } } }),
    });
    return { noted: true, noteProblem: null };
  } catch (error) {
    return { noted: false, noteProblem: describeError(error) };
  }
}
