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
  /** One line for error messages and the docs. */
  about: string;
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
const text = (about: string, parts: ReadonlyArray<TextPart>): FieldSpec => ({
  kind: 'text',
  about,
  read: (ctx) => parts.map(([, pick]) => pick(ctx).cleaned).join('\n'),
  texts: parts,
});

const SUBJECT: TextPart = ['subject', (ctx) => ctx.text.subject];
const DESCRIPTION: TextPart = ['description', (ctx) => ctx.text.description];

export const FIELDS: Readonly<Record<string, FieldSpec>> = {
  subject: text('the ticket subject', [SUBJECT]),
  description: text('the ticket description', [DESCRIPTION]),
  text: text('subject and description together', [SUBJECT, DESCRIPTION]),
  tags: { kind: 'list', about: 'the ticket tags', read: (ctx) => ctx.ticket.tags },
  priority: { kind: 'string', ordering: 'priority', about: 'the current Zendesk priority', read: (ctx) => ctx.ticket.priority },
  status: { kind: 'string', about: 'the ticket status', read: (ctx) => ctx.ticket.status },
  channel: { kind: 'string', about: 'the channel the ticket came through', read: (ctx) => ctx.ticket.channel },
  type: { kind: 'string', about: 'the Zendesk ticket type', read: (ctx) => ctx.ticket.type },
  recipient: { kind: 'string', about: 'the address the ticket was sent to', read: (ctx) => ctx.ticket.recipient },
  'requester.role': { kind: 'string', about: "the requester's role", read: (ctx) => ctx.ticket.requester.role },
  'requester.email': { kind: 'string', about: "the requester's e-mail", read: (ctx) => ctx.ticket.requester.email },
  'organization.name': { kind: 'string', about: "the organization's name", read: (ctx) => ctx.ticket.organization?.name ?? null },
  'organization.tags': { kind: 'list', about: "the organization's tags", read: (ctx) => ctx.ticket.organization?.tags ?? [] },
  ageDays: { kind: 'number', about: 'whole days since the ticket was created', read: (ctx) => ctx.facts.ageDays },
  isOpen: { kind: 'boolean', about: 'not solved or closed', read: (ctx) => ctx.facts.isOpen },
  plan: { kind: 'string', about: 'enterprise, premium, other_paid, trial or unknown', read: (ctx) => ctx.facts.plan },
  deployment: {
    kind: 'string',
    about: 'cloud, kubernetes, compose, single-container, machine-image, other or unknown',
    read: (ctx) => ctx.facts.deployment,
  },
  productVersion: { kind: 'string', ordering: 'version', about: 'the product version, e.g. "5.3.1"', read: (ctx) => ctx.facts.productVersion },
  productMajor: { kind: 'number', about: 'the major product version', read: (ctx) => ctx.facts.productMajor },
  versionsBehind: { kind: 'number', about: 'current major version minus the product major', read: (ctx) => ctx.facts.versionsBehind },
  hasAssignedCe: { kind: 'boolean', about: 'the account has a CE/TA (absent when unknown)', read: (ctx) => ctx.facts.hasAssignedCe },
  isManaged: { kind: 'boolean', about: 'a managed (Cloud) instance', read: (ctx) => ctx.facts.isManaged },
  kubernetesVersion: { kind: 'string', ordering: 'version', about: 'a Kubernetes version named in the text', read: (ctx) => ctx.facts.kubernetesVersion },
  dockerVersion: { kind: 'string', ordering: 'version', about: 'a Docker version named in the text', read: (ctx) => ctx.facts.dockerVersion },
  composeVersion: { kind: 'string', ordering: 'version', about: 'a Docker Compose version named in the text', read: (ctx) => ctx.facts.composeVersion },
  postgresVersion: { kind: 'string', ordering: 'version', about: 'a PostgreSQL version named in the text', read: (ctx) => ctx.facts.postgresVersion },
  affectedUserPercent: { kind: 'number', about: 'the share of users the text says is affected', read: (ctx) => ctx.facts.affectedUserPercent },
  exclamations: { kind: 'boolean', about: '"!!" or more in the text', read: (ctx) => ctx.facts.exclamations },
  shouting: { kind: 'boolean', about: 'words in capitals beyond acronyms', read: (ctx) => ctx.facts.shouting },
  hasIssueLink: { kind: 'boolean', about: 'an issue-tracker link in the text', read: (ctx) => ctx.facts.hasIssueLink },
  requestType: { kind: 'string', about: 'the classified request type', read: (ctx) => ctx.requestType },
  confidence: { kind: 'string', ordering: 'confidence', about: 'the classification confidence', read: (ctx) => ctx.confidence },
  owner: { kind: 'string', about: 'the chosen owner (flag and macro rules only)', read: (ctx) => ctx.owner },
  severity: { kind: 'number', about: 'the chosen severity, 0 most severe (flag and macro rules only)', read: (ctx) => ctx.severity },
  flags: { kind: 'list', about: 'the raised flags (macro rules only)', read: (ctx) => (ctx.flags === undefined ? undefined : [...ctx.flags]) },
  bestEffort: { kind: 'boolean', about: 'best effort (macro rules only)', read: (ctx) => ctx.bestEffort },
};

const ORG_FIELD = 'organization.fields.';
const CUSTOM_FIELD = 'custom_fields.';

const dynamicSpecs = new Map<string, FieldSpec>();

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
    return { kind: 'any', about: `organization field ${key}`, read: (ctx) => ctx.ticket.organization?.fields[key] ?? null };
  }
  if (name.startsWith(CUSTOM_FIELD) && name.length > CUSTOM_FIELD.length) {
    const id = name.slice(CUSTOM_FIELD.length);
    return { kind: 'any', about: `custom field ${id}`, read: (ctx) => ctx.ticket.customFields[id] ?? null };
  }
  return undefined;
}

export const FIELD_NAMES = Object.keys(FIELDS);
