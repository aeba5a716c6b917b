// The ZAF paths, actions and events Zendesk documents for the ticket sidebar
// (/work/shared/docs/zendesk-apps.md §4–§6; the app's own list, with sources, is
// docs/zendesk-apps-paths.md). The host answers only these: anything else comes back as Zendesk
// answers a path it does not know (in `errors`, never a value) and is recorded, so a browser test
// that makes the app use an undocumented path fails.

const KEY = '[A-Za-z0-9_\\-]+';

function patterns(list: string[]): RegExp[] {
  return list.map((source) => new RegExp(`^${source}$`));
}

const PEOPLE_FIELDS = '(id|name|email|role|locale|tags|externalId|details|notes|groups|organizations|timeZone)';

/** Paths `client.get` may read. */
const GET = patterns([
  'ticket',
  `ticket\\.(id|isNew|subject|description|priority|status|statusCategory|customStatus|type|tags|externalId|createdAt|updatedAt|recipient|postSaveAction|brand|via|sharedWith|viewers|collaborators|comments|conversation|form)`,
  'ticket\\.form\\.id',
  'ticket\\.via\\.(channel|source)',
  'ticket\\.requester',
  `ticket\\.requester\\.${PEOPLE_FIELDS}`,
  `ticket\\.requester\\.customField:${KEY}`,
  'ticket\\.assignee',
  'ticket\\.assignee\\.(user|group)',
  'ticket\\.assignee\\.user\\.(id|name|email)',
  'ticket\\.assignee\\.group\\.(id|name)',
  'ticket\\.organization',
  'ticket\\.organization\\.(id|name|tags|externalId|details|notes|domains|group)',
  `ticket\\.organization\\.customField:${KEY}`,
  'ticket\\.customField:custom_field_\\d+',
  'ticket\\.comment',
  'ticket\\.comment\\.(text|type|attachments|useRichText)',
  'ticketFields',
  `ticketFields:${KEY}`,
  'macros',
  'currentUser',
  `currentUser\\.${PEOPLE_FIELDS}`,
  'currentAccount',
  'currentAccount\\.(subdomain|planName|timeZone)',
  'assetURL:.+',
  'instances\\.[A-Za-z0-9-]+',
]);

/** Paths `client.set` may write. */
const SET = patterns([
  'ticket\\.(subject|status|priority|type|tags|assignee|requester|brand|externalId|recipient|sharedWith)',
  'ticket\\.form\\.id',
  'ticket\\.customField:custom_field_\\d+',
  'ticket\\.comment\\.(text|type)',
]);

/** Actions `client.invoke` may run. */
const INVOKE = patterns([
  'resize',
  'notify',
  'macro',
  'ticket\\.comment\\.(appendText|appendHtml|appendMarkdown)',
  'comment\\.(appendText|appendHtml|appendMarkdown)',
  'ticket\\.tags\\.(add|remove)',
  'ticket\\.collaborators\\.(add|remove)',
  'enableSave',
  'disableSave',
  `ticketFields:${KEY}\\.(show|hide|toggle|enable|disable)`,
  `ticketFields:${KEY}\\.optionValues:${KEY}\\.(show|hide|enable|disable)`,
  'instances\\.create',
  'routeTo',
  // Sent by Zendesk's own SDK build, not by apps.
  'track',
]);

/** Events an app may subscribe to (`iframe.on:<event>`). */
const EVENTS = patterns([
  'app\\.(registered|activated|deactivated|expanded|collapsed|willDestroy)',
  'instance\\.created',
  'window\\.resize',
  // Subscribed by the SDK itself.
  'context\\.updated',
  'request:\\d+\\.(done|fail)',
  'ticket\\.(subject|priority|type|status|tags|brand|collaborators|comments|sharedWith|externalId|postSaveAction|statusCategory|customStatus|due_date|problem_id|conversation|viewers)\\.changed',
  'ticket\\.custom_field_\\d+\\.changed',
  'ticket\\.form\\.id\\.changed',
  'ticket\\.assignee\\.group\\.(id|name)\\.changed',
  'ticket\\.assignee\\.user\\.(id|email|name|externalId)\\.changed',
  'ticket\\.requester\\.(id|email|name|externalId)\\.changed',
  'comment\\.(text|type)\\.changed',
  'ticket\\.submit\\.(start|done|fail|always)',
  'ticket\\.updated',
  'ticket\\.save',
]);

export type ZafUse = 'get' | 'set' | 'invoke' | 'event';

const BY_USE: Record<ZafUse, RegExp[]> = { get: GET, set: SET, invoke: INVOKE, event: EVENTS };

/** True when Zendesk documents `name` for this use in the ticket sidebar. */
export function isDocumented(use: ZafUse, name: string): boolean {
  return BY_USE[use].some((pattern) => pattern.test(name));
}
