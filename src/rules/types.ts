// The engine's public types. Field names and enum values of `Assessment` follow
// ../shared/docs/assessment.md exactly: the sidebar, the dry-run command and the benchmarks
// all read them, so change them only together with that contract.

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const SEVERITIES = [0, 1, 2, 3] as const;
export type Severity = (typeof SEVERITIES)[number];

export const OWNERS = ['cs', 'ce', 'other'] as const;
export type Owner = (typeof OWNERS)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const REQUEST_TYPES = [
  'feature_request',
  'licensing',
  'security_question',
  'security_report',
  'deployment_guidance',
  'deployment_error',
  'adoption',
  'how_to',
  'config_issue',
  'troubleshooting',
  'bug_report',
  'incident',
  'customer_customization',
  'custom_script',
  'non_support',
  'unknown',
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const FIRST_RESPONSE_STATES = ['pending', 'met', 'overdue'] as const;
export type FirstResponseState = (typeof FIRST_RESPONSE_STATES)[number];

export const VERDICTS = ['matches', 'above_guidance', 'below_guidance', 'unset'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A scalar custom or organization field value after normalization. */
export type FieldValue = string | number | boolean | string[] | null;

/** Who wrote a comment, as far as the input tells. */
export const COMMENT_AUTHORS = ['customer', 'agent', 'unknown'] as const;
export type CommentAuthor = (typeof COMMENT_AUTHORS)[number];

/**
 * One comment of the conversation, oldest first. `author` is `customer` for the requester or any
 * end user, `agent` for an agent or admin who is not the requester, else `unknown`. Values the
 * source does not carry are null (the sidebar's `ticket.comments` has no time or visibility).
 */
export interface TicketComment {
  id: number | null;
  authorId: number | null;
  author: CommentAuthor;
  /** The author's Zendesk role as given: 'end-user', 'agent', 'admin'; null when unknown. */
  authorRole: string | null;
  /** true: public reply; false: internal note; null: not known. */
  public: boolean | null;
  /** Added by a trigger, automation or the system, not typed by a person. */
  automated: boolean;
  body: string;
  createdAt: string | null;
}

/**
 * One ticket, normalized from either the REST API or the sidebar. Every field is always
 * present; unusable input becomes the empty value and a line in `warnings`.
 */
export interface Ticket {
  id: number | null;
  subject: string;
  description: string;
  /** null when the ticket has a priority field but no value. */
  priority: Priority | null;
  /** false when the input carried no priority field at all: then `priorityCheck` is null. */
  hasPriorityField: boolean;
  status: string | null;
  type: string | null;
  tags: string[];
  channel: string | null;
  recipient: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  requester: { email: string | null; role: string | null };
  organization: {
    id: number | null;
    name: string | null;
    tags: string[];
    fields: Record<string, FieldValue>;
  } | null;
  /** Ticket custom fields keyed by field id as a string. */
  customFields: Record<string, FieldValue>;
  /**
   * The conversation, oldest first, when the input has it; empty otherwise (then the description
   * is the only message). The first comment is the one the description repeats.
   */
  comments: TicketComment[];
  warnings: string[];
}

export interface Reason {
  /** Which output it explains: 'requestType', 'owner', 'severity', 'bestEffort', 'flag:<slug>', 'macro:<slug>', … */
  field: string;
  ruleId: string;
  text: string;
  evidence: string[];
}

export interface PriorityCheck {
  current: Priority | null;
  suggested: Priority;
  verdict: Verdict;
}

export interface Assessment {
  ticketId: number | null;
  requestType: RequestType;
  confidence: Confidence;
  owner: Owner;
  severity: Severity;
  priority: Priority;
  firstResponseTarget: string | null;
  /** ISO 8601 UTC instant the first public agent reply is due; null without a target or creation time. */
  firstResponseDue: string | null;
  firstResponseState: FirstResponseState | null;
  /** ISO 8601 UTC time of the first public agent reply, when the comments show one. */
  firstResponseAt: string | null;
  priorityCheck: PriorityCheck | null;
  bestEffort: boolean;
  flags: string[];
  macros: string[];
  reasons: Reason[];
  warnings: string[];
  // Beyond the contract's fields (assessment.md allows extra ones): what the engine knew, so the
  // sidebar need not work it out again.
  /** The conservative fallback after an internal error: its values are placeholders, not guidance. */
  engineFailed: boolean;
}

// ---- Rulebook -----------------------------------------------------------------------------

export const OPERATORS = [
  'is',
  'is_not',
  'less_than',
  'greater_than',
  'includes',
  'not_includes',
  'present',
  'not_present',
  'includes_words',
  'not_includes_words',
  'includes_phrase',
] as const;
export type Operator = (typeof OPERATORS)[number];

export type ConditionValue = string | number | boolean | string[];

/** As in Zendesk triggers: `{ field, operator, value }`. */
export interface Condition {
  field: string;
  operator: Operator;
  value?: ConditionValue;
}

export interface RuleBase {
  id: string;
  // The words below are in every rulebook an admin writes (validateRulebook requires them) and in
  // the whole default rulebook. They are absent from the rules of the sidebar's bundled default
  // core (DEFAULT_RULEBOOK_CORE) until its texts are filled in after the first paint
  // (withRulebookTexts): code that reads them says what there is (ruleWords).
  title?: string;
  /** Shown to the triager under "why". */
  explanation?: string;
  /** Where in support-policy.md the rule comes from, e.g. "§2 Sev0 exclusions". */
  source?: string;
  /** `all` must all hold; if `any` is non-empty, one of `any` must hold too. */
  all?: Condition[];
  any?: Condition[];
  disabled?: boolean;
}

export interface OwnerRule extends RuleBase {
  owner: Owner;
  /** The next step from the policy, e.g. "No action for CS: route to the account's CE". */
  nextStep?: string;
}
export interface SeverityRule extends RuleBase {
  severity: Severity;
}
export interface FlagRule extends RuleBase {
  flag: string;
  /**
   * Values this flag gives to macro slots, e.g. `{ "component": "Docker Swarm",
   * "supportedAlternative": "Docker Compose on one host" }` (customer-facing words).
   */
  slots?: Record<string, string>;
}
export interface MacroRule extends RuleBase {
  macro: string;
  /** Higher ranks first among matched macros. */
  weight: number;
}

export const MACRO_STATUSES = ['open', 'pending', 'hold', 'solved'] as const;
export type MacroStatus = (typeof MACRO_STATUSES)[number];

/** A built-in macro: used as composer text when the account has no such macro. */
export interface MacroDefinition {
  slug: string;
  title: string;
  visibility: 'public' | 'internal';
  /** May hold named slots such as `{{version}}`, filled from the engine's facts (fillMacroSlots). */
  body: string;
  /**
   * The text installed as the account's macro (requirements.json) when `body` has slots: the same
   * message in neutral words, since Zendesk would send slot syntax as it is.
   */
  accountBody?: string;
  /** Tags the macro adds (installed macro, and the sidebar's Insert of a body with slots). */
  tags?: string[];
  /** The ticket status the macro sets, e.g. "hold" for a filed defect. */
  status?: MacroStatus;
  /**
   * Set by localizeRulebook (never written in a rulebook): the locale its title and body were
   * translated into. The account's installed macro speaks the rulebook's own language, so the
   * sidebar inserts a translated macro as text instead.
   */
  language?: string;
}

/** One rule's words in another language; a missing text falls back to the rule's own. */
export interface RuleTranslation {
  title?: string;
  explanation?: string;
  nextStep?: string;
  slots?: Record<string, string>;
}

/** One macro's words in another language. */
export interface MacroTranslation {
  title?: string;
  body?: string;
  accountBody?: string;
}

/** A rulebook's words in one language: rules by id, macros by slug. */
export interface RulebookTranslations {
  rules?: Record<string, RuleTranslation>;
  macros?: Record<string, MacroTranslation>;
}

export interface Rulebook {
  version: 1;
  owner: OwnerRule[];
  severity: SeverityRule[];
  flags: FlagRule[];
  macros: MacroRule[];
  macroLibrary: MacroDefinition[];
  /** The rule and macro texts in other languages, by locale ("de", "fr-CA"…). */
  translations?: Record<string, RulebookTranslations>;
}

/** An override from the app settings: replaces rules by id, disables, adds. */
export interface RulebookOverride {
  version?: 1;
  owner?: OwnerRule[];
  severity?: SeverityRule[];
  flags?: FlagRule[];
  macros?: MacroRule[];
  macroLibrary?: MacroDefinition[];
  /** Merged into the defaults' translations text by text: an override may add a locale. */
  translations?: Record<string, RulebookTranslations>;
  /** Ids of default rules to switch off. */
  disable?: string[];
}

export interface RulebookProblem {
  /** JSON path into the rulebook, e.g. "$.severity[3].all[0].operator". */
  path: string;
  message: string;
}

/** Something an admin should know that does not stop the rulebook working (a missing translation). */
export type RulebookWarning = RulebookProblem;

// ---- Configuration ------------------------------------------------------------------------

/** Where a fact lives in an account. */
export type FactSource =
  | { from: 'organization_field'; key: string }
  | { from: 'custom_field'; id: string }
  /** A tag with this prefix carries the value after it, e.g. prefix "plan_" on tag "plan_premium". */
  | { from: 'tag_prefix'; prefix: string }
  | { from: 'organization_tag_prefix'; prefix: string };

export interface EngineConfig {
  requestType: FactSource[];
  plan: FactSource[];
  deployment: FactSource[];
  productVersion: FactSource[];
  assignedCe: FactSource[];
  /** The current major product version, for the N-1 rule. */
  currentMajorVersion: number;
  /** How many macros to suggest at most. */
  maxSuggestions: number;
  /** The IANA time zone the support schedules run in (support-policy §3). */
  scheduleTimeZone: string;
  /** Local dates ("YYYY-MM-DD") on which the business schedules are closed. */
  holidays: string[];
}
