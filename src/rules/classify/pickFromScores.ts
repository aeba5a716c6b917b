// Turns text scores into one request type and an honest confidence.
import type { Confidence, RequestType } from '../types';

/** Below this top score nothing is decisive: `unknown`, low. */
export const MIN_SCORE = 3;
/** High confidence needs a strong top score that is clearly ahead of the runner-up. */
const HIGH_SCORE = 7;
const HIGH_LEAD = 2;
/** Medium needs a moderate score and some lead. */
const MEDIUM_SCORE = 4;
const MEDIUM_LEAD = 1.3;

/** Types whose cause is already named: the customer's own overlay/fork or a script. */
const CAUSE_KNOWN: readonly RequestType[] = ['customer_customization', 'custom_script'];
/** Something is broken. */
const PROBLEMS: readonly RequestType[] = ['troubleshooting', 'bug_report', 'config_issue', 'deployment_error', 'incident'];
/** Plain failure signals. Config vocabulary (SSO, token, settings) is a topic, not a failure. */
const FAILURES: readonly RequestType[] = ['troubleshooting', 'bug_report', 'deployment_error', 'incident'];
/** Guidance is for "before anything is broken". */
const GUIDANCE: readonly RequestType[] = ['how_to', 'deployment_guidance'];
/** A question this many times stronger than the failure words stays a question. */
const QUESTION_LEAD = 1.25;
/** A bug-report score this high names a defect (two cues or one strong one). */
const BUG_CLEAR = 4;
/** Symptom and component types a clear security report outranks (a security bug stays a bug). */
const SECURITY_OUTRANKS: readonly RequestType[] = ['troubleshooting', 'config_issue', 'deployment_error'];

/**
 * Exact ties go to the type that costs more when missed: problems (CS acts) before questions
 * and guidance (CE acts), non-support last.
 */
const TIE_ORDER: readonly RequestType[] = [
  'security_report', 'incident', 'deployment_error', 'customer_customization', 'custom_script', 'config_issue', 'bug_report',
  'troubleshooting', 'licensing', 'security_question', 'feature_request', 'deployment_guidance', 'adoption', 'how_to', 'non_support',
];

/**
 * Tie-breaks between competing types, applied to a copy of the scores:
 * - A clear customization or custom-script cue (score ≥ 4) halves the problem types: "our
 *   overlay fails to apply" is about their overlay, whatever errors it shows.
 * - A clear failure (score ≥ 3) halves how_to and deployment_guidance: guidance is for before
 *   anything is broken. Not when the question clearly outweighs it: "what's the syntax to
 *   exclude a path? I tried -file:vendor but get an error" is still a question.
 * - A clear exposure question (score ≥ 5) halves a security report less than twice as strong.
 * - A clear bug report (score ≥ 4) halves troubleshooting: the defect is named.
 * - A clear security report (score ≥ 5) halves troubleshooting, config and deployment errors:
 *   a password printed in the migrator log is about the password, not the migrator.
 */
export function applyTieBreaks(scores: ReadonlyMap<RequestType, number>): Map<RequestType, number> {
  const adjusted = new Map(scores);
  if (highest(adjusted, CAUSE_KNOWN) >= 4) halve(adjusted, PROBLEMS);
  const failure = highest(adjusted, FAILURES);
  const guidance = highest(adjusted, GUIDANCE);
  if (failure >= 3 && guidance < failure * QUESTION_LEAD) halve(adjusted, GUIDANCE);
  // "Are you affected by CVE-…?" names a vulnerability but reports none: a clear exposure
  // question outranks the vulnerability words unless those are far stronger (a real finding).
  const question = scoreOf(adjusted, 'security_question');
  if (question >= 5 && scoreOf(adjusted, 'security_report') < question * 2) halve(adjusted, ['security_report']);
  if (scoreOf(adjusted, 'security_report') >= 5) halve(adjusted, SECURITY_OUTRANKS);
  // Failure words ("error", "stuck", "hangs") say something is wrong, not that the cause is
  // unknown: clear defect cues (a regression, steps, "could you fix") make it a bug report.
  if (scoreOf(adjusted, 'bug_report') >= BUG_CLEAR) halve(adjusted, ['troubleshooting']);
  return adjusted;
}

// Module-level helpers rather than closures: the tie-breaks run for every ticket.
function scoreOf(scores: ReadonlyMap<RequestType, number>, type: RequestType): number {
  return scores.get(type) ?? 0;
}

/** The highest score among `types` (-Infinity for none, as Math.max of nothing). */
function highest(scores: ReadonlyMap<RequestType, number>, types: readonly RequestType[]): number {
  let best = -Infinity;
  for (const type of types) best = Math.max(best, scoreOf(scores, type));
  return best;
}

function halve(scores: Map<RequestType, number>, types: readonly RequestType[]): void {
  for (const type of types) if (scores.has(type)) scores.set(type, scoreOf(scores, type) / 2);
}

export interface Pick {
  requestType: RequestType;
  confidence: Confidence;
  top: number;
  runnerUp: number;
}

/**
 * The best type by adjusted score, and how sure we are. `cueCounts` says how many distinct cues
 * a type matched: a single cue, however heavy, is a hint and never more than low confidence.
 */
export function pickFromScores(scores: ReadonlyMap<RequestType, number>, cueCounts?: ReadonlyMap<RequestType, number>): Pick {
  const ranked = [...applyTieBreaks(scores).entries()].sort(
    (a, b) => b[1] - a[1] || TIE_ORDER.indexOf(a[0]) - TIE_ORDER.indexOf(b[0]),
  );
  const [bestType, top] = ranked[0] ?? ['unknown', 0];
  const runnerUp = ranked[1]?.[1] ?? 0;
  if (top < MIN_SCORE) return { requestType: 'unknown', confidence: 'low', top, runnerUp };
  let confidence: Confidence = 'low';
  if ((cueCounts === undefined ? 2 : (cueCounts.get(bestType) ?? 0)) < 2) return { requestType: bestType, confidence, top, runnerUp };
  if (top >= HIGH_SCORE && top >= runnerUp * HIGH_LEAD) confidence = 'high';
  else if (top >= MEDIUM_SCORE && top >= runnerUp * MEDIUM_LEAD) confidence = 'medium';
  return { requestType: bestType, confidence, top, runnerUp };
}
