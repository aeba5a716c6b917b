// Whether the triager departed from the suggestions, from what the sidebar saw in this session
// and what an earlier Apply triage left on the ticket. Overrides recorded on the ticket persist
// while they still hold, so re-applying in a later session does not erase the override rate.
import { OWNERS, type Owner, type Priority } from '../types';
import { OVERRIDE_PART_TAGS, ownerTag, type TriageOverrides } from './triageTags';

export interface OverrideEvidence {
  /** The ticket's priority now (null: none set). */
  ticketPriority: Priority | null;
  /** null: no priority guidance (unknown request type), so no priority can be an override. */
  suggestedPriority: Priority | null;
  /** The agent changed the priority in this session by hand (not through the sidebar's button). */
  agentChangedPriority: boolean;
  /** The owner the triager picked in the sidebar; null: they kept the suggestion. */
  chosenOwner: Owner | null;
  suggestedOwner: Owner;
  /** A macro that was not suggested was inserted in this session. */
  otherMacroInserted: boolean;
  /** The ticket's tags as last read. */
  tags: readonly string[];
}

export function decideOverrides(evidence: OverrideEvidence): TriageOverrides {
  const tags = new Set(evidence.tags);
  const priorityDiffers =
    evidence.suggestedPriority !== null &&
    evidence.ticketPriority !== null &&
    evidence.ticketPriority !== evidence.suggestedPriority;
  return {
    priority: priorityDiffers && (evidence.agentChangedPriority || tags.has(OVERRIDE_PART_TAGS.priority)),
    owner: evidence.chosenOwner !== null && evidence.chosenOwner !== evidence.suggestedOwner,
    macro: evidence.otherMacroInserted || tags.has(OVERRIDE_PART_TAGS.macro),
  };
}

/**
 * The owner an earlier Apply triage recorded as an override (`triage_override_owner` plus exactly
 * one owner tag), so the owner control starts where the triager left it; otherwise null.
 */
export function recordedOwnerOverride(tags: readonly string[]): Owner | null {
  if (!tags.includes(OVERRIDE_PART_TAGS.owner)) return null;
  const owners = OWNERS.filter((owner) => tags.includes(ownerTag(owner)));
  return owners.length === 1 ? (owners[0] ?? null) : null;
}
