import { NO_CONVERSATION } from '../conversation/readConversation';
import type { AnalyzedText } from '../text/index';
import type { FieldValue } from '../types';
import { PRIORITIES } from '../types';
import type { RuleContext } from './RuleContext';

/**
 * What kind of value a field holds; it decides which operators make sense.
 * - text: analyzed free text (words, phrases, negation)
 * - string / number / boolean: one value, possibly absent (null)
 * - list: a list of strings (tags, flags)
 * - any: account-defined fields whose type we learn only at run time
 */
export type FieldKind = 'text' | 'string' | 'number' | 'boolean' | 'list' | 'any';

/** How `less_than` / `greater_than` order a string field. */
export type Ordering = 'priority' | 'confidence' | 'version';

export interface FieldSpec {
  kind: FieldKind;
  ordering?: Ordering;
  read: (ctx: RuleContext) => FieldValue | undefined;
  /** Text fields hand the evaluator their analyzed parts, labelled for evidence. */
  texts?: ReadonlyArray<TextPart>;
}

/** One analyzed part of a text field, and the label its evidence carries. */
export type TextPart = readonly [label: string, pick: (ctx: RuleContext) => AnalyzedText];

export const ORDERS: Record<Exclude<Ordering, 'version'>, readonly string[]> = {
  priority: PRIORITIES,
  confidence: ['low', 'medium', 'high'],
};

// The parts are fixed per field, so they are listed once rather than built per condition.
const text = (parts: ReadonlyArray<TextPart>): FieldSpec => ({
  kind: 'text',
  read: (ctx) => parts.map(([, pick]) => pick(ctx).cleaned).join('\n'),
  texts: parts,
});

const NO_TEXT = NO_CONVERSATION.agentReplies;
const SUBJECT: TextPart = ['subject', (ctx) => ctx.text.subject];
const AGENT_REPLIES: TextPart = ['agent replies', (ctx) => ctx.conversation?.agentReplies ?? NO_TEXT];
const DESCRIPTION: TextPart = ['description', (ctx) => ctx.text.description];

const FIELDS: Readonly<Record<string, FieldSpec>> = {
  subject: text([SUBJECT]),
  description: text([DESCRIPTION]),
  text: text([SUBJECT, DESCRIPTION]),
  tags: { kind: 'list', read: (ctx) => ctx.ticket.tags },
  priority: { kind: 'string', ordering: 'priority', read: (ctx) => ctx.ticket.priority },
  status: { kind: 'string', read: (ctx) => ctx.ticket.status },
  channel: { kind: 'string', read: (ctx) => ctx.ticket.channel },
  type: { kind: 'string', read: (ctx) => ctx.ticket.type },
  recipient: { kind: 'string', read: (ctx) => ctx.ticket.recipient },
  'requester.role': { kind: 'string', read: (ctx) => ctx.ticket.requester.role },
  'requester.email': { kind: 'string', read: (ctx) => ctx.ticket.requester.email },
  'organization.name': { kind: 'string', read: (ctx) => ctx.ticket.organization?.name ?? null },
  'organization.tags': { kind: 'list', read: (ctx) => ctx.ticket.organization?.tags ?? [] },
  ageDays: { kind: 'number', read: (ctx) => ctx.facts.ageDays },
  isOpen: { kind: 'boolean', read: (ctx) => ctx.facts.isOpen },
  plan: { kind: 'string', read: (ctx) => ctx.facts.plan },
  deployment: {
    kind: 'string',
    read: (ctx) => ctx.facts.deployment,
  },
  productVersion: { kind: 'string', ordering: 'version', read: (ctx) => ctx.facts.productVersion },
  productMajor: { kind: 'number', read: (ctx) => ctx.facts.productMajor },
  versionsBehind: { kind: 'number', read: (ctx) => ctx.facts.versionsBehind },
  hasAssignedCe: { kind: 'boolean', read: (ctx) => ctx.facts.hasAssignedCe },
  isManaged: { kind: 'boolean', read: (ctx) => ctx.facts.isManaged },
  kubernetesVersion: { kind: 'string', ordering: 'version', read: (ctx) => ctx.facts.kubernetesVersion },
  dockerVersion: { kind: 'string', ordering: 'version', read: (ctx) => ctx.facts.dockerVersion },
  composeVersion: { kind: 'string', ordering: 'version', read: (ctx) => ctx.facts.composeVersion },
  postgresVersion: { kind: 'string', ordering: 'version', read: (ctx) => ctx.facts.postgresVersion },
  affectedUserPercent: { kind: 'number', read: (ctx) => ctx.facts.affectedUserPercent },
  impact: { kind: 'string', read: (ctx) => ctx.facts.impact },
  exclamations: { kind: 'boolean', read: (ctx) => ctx.facts.exclamations },
  shouting: { kind: 'boolean', read: (ctx) => ctx.facts.shouting },
  hasIssueLink: { kind: 'boolean', read: (ctx) => ctx.facts.hasIssueLink },
  requestType: { kind: 'string', read: (ctx) => ctx.requestType },
  confidence: { kind: 'string', ordering: 'confidence', read: (ctx) => ctx.confidence },
  owner: { kind: 'string', read: (ctx) => ctx.owner },
  severity: { kind: 'number', read: (ctx) => ctx.severity },
  flags: { kind: 'list', read: (ctx) => (ctx.flags === undefined ? undefined : [...ctx.flags]) },
  bestEffort: { kind: 'boolean', read: (ctx) => ctx.bestEffort },
  // The conversation: what agents already said publicly, so a macro is not suggested twice.
  agentReplies: text([AGENT_REPLIES]),
  agentReplyCount: { kind: 'number', read: (ctx) => ctx.conversation?.agentReplyCount ?? 0 },
};

const ORG_FIELD = 'organization.fields.';
const CUSTOM_FIELD = 'custom_fields.';

const dynamicSpecs = new Map<string, FieldSpec>();

/** The record's own value for `key`: never a member every object inherits ("constructor"). */
function ownValue(record: Readonly<Record<string, FieldValue>> | undefined, key: string): FieldValue {
  return record !== undefined && record !== null && Object.hasOwn(record, key) ? (record[key] ?? null) : null;
}

/** The spec for a field name, including the open-ended organization and custom fields. */
export function fieldSpec(name: string): FieldSpec | undefined {
  if (Object.prototype.hasOwnProperty.call(FIELDS, name)) return FIELDS[name];
  const cached = dynamicSpecs.get(name);
  if (cached) return cached;
  const spec = dynamicFieldSpec(name);
  if (spec && dynamicSpecs.size < 1000) dynamicSpecs.set(name, spec);
  return spec;
}

function dynamicFieldSpec(name: string): FieldSpec | undefined {
  if (name.startsWith(ORG_FIELD) && name.length > ORG_FIELD.length) {
    const key = name.slice(ORG_FIELD.length);
    return { kind: 'any', read: (ctx) => ownValue(ctx.ticket.organization?.fields, key) };
  }
  if (name.startsWith(CUSTOM_FIELD) && name.length > CUSTOM_FIELD.length) {
    const id = name.slice(CUSTOM_FIELD.length);
    return { kind: 'any', read: (ctx) => ownValue(ctx.ticket.customFields, id) };
  }
  return undefined;
}

export const FIELD_NAMES = Object.keys(FIELDS);
