// Maps a REST-shaped sample ticket onto the object tree the ticket sidebar reads with `client.get`
// (zendesk-apps.md §4): `ticket.*` in the sidebar's camelCase, plus `currentUser` and `currentAccount`.
import type { SampleTicket } from './SampleTicket';

export type ZafState = Record<string, unknown> & {
  ticket: Record<string, unknown>;
  currentUser: Record<string, unknown>;
  currentAccount: Record<string, unknown>;
};

/** Custom fields live under one flat key each, as the sidebar names them. */
export function customFieldKey(fieldId: number | string): string {
  return `customField:custom_field_${fieldId}`;
}

/**
 * Organization custom fields, one key each, as ZAF's Organization object documents them
 * (`organization.customField:<key>`); the REST API's `organization_fields` map is not in ZAF.
 */
export function organizationFieldKey(key: string): string {
  return `customField:${key}`;
}

/**
 * The organization fields the preview account has (the app's default setting keys). Every
 * organization has them, empty when the sample gives no value; a key the account lacks is an
 * unknown path, as in Zendesk.
 */
const ACCOUNT_ORGANIZATION_FIELDS = ['support_plan', 'deployment', 'customer_engineer'];

export function zafStateFromSample(sample: SampleTicket, locale = 'en'): ZafState {
  const organization = sample.organization
    ? {
        id: sample.organization.id ?? sample.organization_id ?? null,
        name: sample.organization.name ?? null,
        tags: sample.organization.tags ?? [],
        ...Object.fromEntries(
          Object.entries({
            ...Object.fromEntries(ACCOUNT_ORGANIZATION_FIELDS.map((key) => [key, null])),
            ...sample.organization.organization_fields,
          }).map(([key, value]) => [organizationFieldKey(key), value]),
        ),
      }
    : null;
  const requesterEmail = sample.requester?.email ?? null;
  const requesterId = sample.requester_id ?? 5000 + sample.id;
  const role = (authorId: number | undefined) =>
    authorId === requesterId ? (sample.requester?.role ?? 'end-user') : (sample.users?.find((user) => user.id === authorId)?.role ?? 'agent');
  // `ticket.comments` as the sidebar reads it: `{id, value, author, via}`, no time, no public flag.
  // A sample without a conversation has one comment, the description, by the requester.
  const comments = (sample.comments ?? [{ id: sample.id * 100, author_id: requesterId, body: sample.description ?? '' }]).map(
    (comment, index) => ({
      id: comment.id ?? sample.id * 100 + index,
      value: comment.body ?? '',
      author: { id: comment.author_id ?? null, role: role(comment.author_id) },
      via: { channel: 'web' },
      imageAttachments: [],
      nonImageAttachments: [],
    }),
  );

  const ticket: Record<string, unknown> = {
    id: sample.id,
    isNew: false,
    subject: sample.subject ?? '',
    description: sample.description ?? '',
    priority: sample.priority ?? null,
    status: sample.status ?? 'new',
    type: sample.type ?? null,
    tags: [...(sample.tags ?? [])],
    externalId: null,
    createdAt: sample.created_at ?? null,
    updatedAt: sample.updated_at ?? null,
    recipient: sample.recipient ?? null,
    via: { channel: sample.via?.channel ?? 'web', source: {} },
    requester: {
      id: requesterId,
      name: sample.requester?.name ?? requesterEmail ?? 'Requester',
      email: requesterEmail,
      role: sample.requester?.role ?? 'end-user',
      locale: 'en-US',
      tags: [],
    },
    organization,
    assignee: { user: null, group: null },
    brand: { id: 1, name: 'Preview' },
    form: { id: 1 },
    comment: { text: '', type: 'publicReply', useRichText: true, attachments: [] },
    comments,
  };
  for (const field of sample.custom_fields ?? []) {
    ticket[customFieldKey(field.id)] = field.value;
  }

  return {
    ticket,
    currentUser: {
      id: 1,
      name: 'Preview Agent',
      email: 'agent@preview.example',
      role: 'admin',
      locale,
      timeZone: { ianaName: 'UTC' },
    },
    currentAccount: { subdomain: 'preview', planName: 'enterprise', timeZone: { ianaName: 'UTC' } },
  };
}
