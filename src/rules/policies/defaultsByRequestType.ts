import type { Owner, RequestType, Severity } from '../types';

// The ownership table and the severity defaults as code, for when no rule of a rulebook matches
// (an override may disable the built-in rows). Kept in line with defaultRulebook.json.

export const DEFAULT_OWNER: Record<RequestType, Owner> = {
  feature_request: 'ce',
  licensing: 'ce',
  security_question: 'ce',
  security_report: 'cs',
  deployment_guidance: 'ce',
  deployment_error: 'cs',
  adoption: 'ce',
  how_to: 'cs',
  config_issue: 'cs',
  troubleshooting: 'cs',
  bug_report: 'cs',
  incident: 'cs',
  customer_customization: 'cs',
  custom_script: 'cs',
  non_support: 'other',
  unknown: 'cs',
};

/** Questions Sev3, something broken Sev2. */
export const DEFAULT_SEVERITY: Record<RequestType, Severity> = {
  feature_request: 3,
  licensing: 3,
  security_question: 3,
  security_report: 2,
  deployment_guidance: 3,
  deployment_error: 2,
  adoption: 3,
  how_to: 3,
  config_issue: 2,
  troubleshooting: 2,
  bug_report: 2,
  incident: 2,
  customer_customization: 2,
  custom_script: 2,
  non_support: 3,
  unknown: 3,
};
