// Facts derived from a ticket, the account configuration and the clock. Rules read them as fields.
import type { Impact } from './readImpact';

export const PLANS = ['enterprise', 'premium', 'other_paid', 'trial', 'unknown'] as const;
export type Plan = (typeof PLANS)[number];

export const DEPLOYMENTS = [
  'cloud',
  'kubernetes',
  'compose',
  'single-container',
  'machine-image',
  'other',
  'unknown',
] as const;
export type Deployment = (typeof DEPLOYMENTS)[number];

export interface Facts {
  plan: Plan;
  deployment: Deployment;
  /** Where the deployment came from: the account's configuration, the ticket text, or nowhere. */
  deploymentFrom: 'config' | 'text' | 'none';
  /** "5.3.1", "3.43"… null when neither configuration nor text names one. */
  productVersion: string | null;
  productMajor: number | null;
  /** currentMajorVersion − productMajor; null without a version. */
  versionsBehind: number | null;
  /** Whole days since createdAt; null without a usable createdAt. */
  ageDays: number | null;
  /** Not solved or closed (pending and on-hold still count as open). */
  isOpen: boolean;
  /** true: the account names a CE/TA; false: the field is there but empty; null: unknown. */
  hasAssignedCe: boolean | null;
  isManaged: boolean;
  /** Component versions named in the text, for the best-effort version rows of §11. */
  kubernetesVersion: string | null;
  dockerVersion: string | null;
  composeVersion: string | null;
  postgresVersion: string | null;
  /** "70% of users": the largest share of users the text says is affected, 0–100. */
  affectedUserPercent: number | null;
  /**
   * The widest impact one sentence states: "none of our developers can log in" total, "most of
   * our users cannot sign in" majority, "some users …" partial, else none.
   */
  impact: Impact;
  /** "!!" or longer runs of exclamation marks: pressure that words cannot express. */
  exclamations: boolean;
  /** Whole words in capitals beyond acronyms ("URGENT", "TODAY"), or a mostly-capitals text. */
  shouting: boolean;
  /** A link to an issue tracker (GitHub/GitLab issues, Jira, Linear) appears in the text. */
  hasIssueLink: boolean;
  /** Input problems found while reading facts (unusable configured values). */
  warnings: string[];
}
