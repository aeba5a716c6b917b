// Small builders for engine tests: tickets in the REST API shape, and a config that lets a test
// pin the request type through a custom field, so policy tests do not depend on the classifier.
import { analyzeTicket } from '../../../../src/rules/classify/analyzeTicket';
import { DEFAULT_CONFIG } from '../../../../src/rules/defaultConfig';
import type { RuleContext } from '../../../../src/rules/evaluate/RuleContext';
import { readFacts } from '../../../../src/rules/facts/readFacts';
import { assess } from '../../../../src/rules/assess';
import { fromApiTicket } from '../../../../src/rules/normalize/index';
import { DEFAULT_RULEBOOK } from '../../../../src/rules/rulebook/defaultRulebook';
import type { Assessment, EngineConfig, RequestType, Rulebook, Ticket } from '../../../../src/rules/types';

export const NOW = new Date('2026-11-26T12:00:00Z');
export const REQUEST_TYPE_FIELD = 'rt';
export const PINNED_CONFIG: EngineConfig = {
  ...DEFAULT_CONFIG,
  requestType: [{ from: 'custom_field', id: REQUEST_TYPE_FIELD }],
};

export interface TicketSpec {
  subject?: string;
  description?: string;
  type?: RequestType;
  plan?: string | null;
  deployment?: string;
  ce?: string | null;
  tags?: string[];
  orgTags?: string[];
  priority?: string | null;
  status?: string;
  createdAt?: string;
  recipient?: string;
  noOrganization?: boolean;
}

/** API ticket JSON; `type` goes into the pinned request-type custom field. */
export function apiTicket(spec: TicketSpec = {}): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (spec.plan !== null) fields.support_plan = spec.plan ?? 'enterprise';
  if (spec.deployment !== undefined) fields.deployment = spec.deployment;
  if (spec.ce !== null) fields.customer_engineer = spec.ce ?? 'Dana Li';
  return {
    id: 42,
    subject: spec.subject ?? 'A ticket',
    description: spec.description ?? 'Something about the product.',
    ...(spec.priority !== undefined ? { priority: spec.priority } : {}),
    status: spec.status ?? 'open',
    tags: spec.tags ?? [],
    created_at: spec.createdAt ?? '2026-11-25T09:00:00Z',
    via: { channel: 'email' },
    ...(spec.recipient !== undefined ? { recipient: spec.recipient } : {}),
    organization: spec.noOrganization ? null : { id: 1, name: 'Acme', tags: spec.orgTags ?? [], organization_fields: fields },
    requester: { email: 'a@example.com', role: 'end-user' },
    custom_fields: spec.type ? [{ id: REQUEST_TYPE_FIELD, value: spec.type }] : [],
  };
}

export function ticket(spec: TicketSpec = {}): Ticket {
  return fromApiTicket(apiTicket(spec));
}

export function assessSpec(spec: TicketSpec, rulebook: Rulebook = DEFAULT_RULEBOOK, config: EngineConfig = PINNED_CONFIG): Assessment {
  return assess(ticket(spec), rulebook, config, NOW);
}

/** A rule context for evaluator tests, with later-stage fields set as given. */
export function context(spec: TicketSpec = {}, extra: Partial<RuleContext> = {}): RuleContext {
  const t = ticket(spec);
  const text = analyzeTicket(t);
  return {
    ticket: t,
    text,
    facts: readFacts(t, DEFAULT_CONFIG, NOW, text),
    requestType: spec.type ?? 'unknown',
    confidence: 'high',
    ...extra,
  };
}
