// Spellings an account or a tag may use for a request type, and how the "why" panel names them.
import { isOneOf } from '../isOneOf';
import { REQUEST_TYPES, type RequestType } from '../types';

/** Plain names for sentences: "point to a bug report". */
export const REQUEST_TYPE_LABELS: Readonly<Record<RequestType, string>> = {
  feature_request: 'a feature request',
  licensing: 'a licensing question',
  security_question: 'a security question',
  security_report: 'a security report',
  deployment_guidance: 'a deployment-planning question',
  deployment_error: 'a failed install, upgrade or start-up',
  adoption: 'an adoption or rollout question',
  how_to: 'a how-to question',
  config_issue: 'a configuration problem',
  troubleshooting: 'a problem to troubleshoot',
  bug_report: 'a bug report',
  incident: 'an outage or incident',
  customer_customization: "a problem in the customer's own overlay, fork or manifests",
  custom_script: 'a problem with a custom script',
  non_support: 'non-support mail',
  unknown: 'no particular request type',
};

/** Obvious alternative spellings of field values, after lower-casing and "-"/space → "_". */
const ALIASES: Readonly<Record<string, RequestType>> = withoutPrototype({
  bug: 'bug_report', defect: 'bug_report', feature: 'feature_request', enhancement: 'feature_request',
  license: 'licensing', licence: 'licensing', security_questionnaire: 'security_question', vulnerability: 'security_report',
  deployment_question: 'deployment_guidance', install_error: 'deployment_error', upgrade_error: 'deployment_error',
  howto: 'how_to', configuration: 'config_issue', configuration_issue: 'config_issue', config: 'config_issue',
  troubleshoot: 'troubleshooting', outage: 'incident', customization: 'customer_customization', script: 'custom_script',
  spam: 'non_support', non_support_email: 'non_support',
});

/** The tag prefix of the options of the "Request type" field that installing the app creates. */
const REQUEST_TYPE_OPTION_PREFIX = 'triage_type_';

/**
 * The request type a field value names, e.g. "Bug report", "bug-report" and the installed field's
 * option value "triage_type_bug_report" → bug_report; else null.
 */
export function requestTypeFromValue(value: string): RequestType | null {
  let key = value.trim().toLowerCase().replace(/[\s-]+/g, '_');
  if (key.startsWith(REQUEST_TYPE_OPTION_PREFIX)) key = key.slice(REQUEST_TYPE_OPTION_PREFIX.length);
  if (isOneOf(REQUEST_TYPES, key)) return key;
  return ALIASES[key] ?? null;
}

/**
 * Tags that name a type on their own. Deliberately small: only tags with one meaning. Plain
 * "security" is left out (question or report?), and so is "question" (Zendesk's ticket type).
 */
export const TYPE_TAGS: Readonly<Record<string, RequestType>> = withoutPrototype({
  feature_request: 'feature_request', feature: 'feature_request', enhancement: 'feature_request',
  bug: 'bug_report', bug_report: 'bug_report', defect: 'bug_report',
  licensing: 'licensing', license: 'licensing', renewal: 'licensing',
  security_questionnaire: 'security_question', security_question: 'security_question', security_review: 'security_question',
  security_report: 'security_report', vulnerability: 'security_report',
  deployment_guidance: 'deployment_guidance', deployment_error: 'deployment_error',
  adoption: 'adoption', how_to: 'how_to', howto: 'how_to',
  config_issue: 'config_issue', troubleshooting: 'troubleshooting',
  incident: 'incident', outage: 'incident',
  customer_customization: 'customer_customization', custom_script: 'custom_script',
  spam: 'non_support', non_support: 'non_support',
});

/** Lookup tables keyed by customer text: "__proto__" or "constructor" must find nothing. */
function withoutPrototype<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
