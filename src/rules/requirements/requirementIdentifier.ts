// requirements.json keys: Zendesk returns them as `identifier` from the installation's
// requirements endpoint, so the sidebar maps a macro slug to its installed id through this name
// (pure: the requirements generator and the sidebar share it). Underscores, because the keys
// double as stable internal names and Zendesk's own examples use them.

/** `no-action-for-cs` → `no_action_for_cs`. */
export function requirementIdentifier(slug: string): string {
  return slug.replaceAll('-', '_');
}

/** The identifier of the "Request type" drop-down field. */
export const REQUEST_TYPE_FIELD_IDENTIFIER = 'triage_request_type';

/** Macro titles get this prefix so the macros group together in the agent's macro menu. */
export const MACRO_TITLE_PREFIX = 'Triage::';

/** The tag (= drop-down option value) that a request type writes onto a ticket. */
export function requestTypeTag(requestType: string): string {
  return `triage_type_${requestType}`;
}
