// What the sidebar asks `client.get` for, in one batched call.

export const SIDEBAR_TICKET_PATHS = [
  'ticket.id',
  'ticket.subject',
  'ticket.description',
  'ticket.priority',
  'ticket.status',
  'ticket.type',
  'ticket.tags',
  'ticket.via',
  'ticket.createdAt',
  'ticket.updatedAt',
  'ticket.recipient',
  'ticket.requester',
  'ticket.organization',
  // The conversation (zendesk-apps.md §4): the customer's follow-ups re-assess the ticket.
  'ticket.comments',
] as const;

/**
 * Organization custom fields are read one by one, by key: ZAF's Organization object documents
 * `organization.customField:<key>` (the REST API's `organization_fields` map is not in ZAF).
 */
export const ORGANIZATION_FIELD_PATH_PREFIX = 'ticket.organization.customField:';

/** The ZAF path of an organization custom field, e.g. "ticket.organization.customField:support_plan". */
export function organizationFieldPath(key: string): string {
  return `${ORGANIZATION_FIELD_PATH_PREFIX}${key}`;
}

export const CUSTOM_FIELD_PATH_PREFIX = 'ticket.customField:custom_field_';

/** The ZAF path of a ticket custom field, e.g. "ticket.customField:custom_field_360001". */
export function customFieldPath(id: string): string {
  return `${CUSTOM_FIELD_PATH_PREFIX}${id}`;
}
