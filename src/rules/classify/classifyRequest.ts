// What the customer is asking for. Order of trust: (a) the account's request-type field,
// (b) a tag that names a type, (c) the words of the subject and description.
import type { EngineConfig, RequestType, Ticket } from '../types';
import { analyzeTicket } from './analyzeTicket';
import { applyTieBreaks, pickFromScores, MIN_SCORE } from './pickFromScores';
import { readExplicitRequestType } from './readExplicitRequestType';
import { REQUEST_TYPE_LABELS, TYPE_TAGS } from './requestTypeNames';
import { scoreRequestTypes } from './scoreRequestTypes';
import type { Classification, TicketText } from './types';

/** Evidence lines shown per classification: enough to explain, short enough to read. */
const MAX_EVIDENCE = 6;

function roundScores(scores: ReadonlyMap<RequestType, number>): Partial<Record<RequestType, number>> {
  const out: Partial<Record<RequestType, number>> = {};
  for (const [type, score] of scores) out[type] = Math.round(score * 10) / 10;
  return out;
}

function typeFromTags(tags: readonly string[]): { requestType: RequestType; tag: string } | null {
  for (const tag of tags) {
    const requestType = TYPE_TAGS[tag.toLowerCase()];
    if (requestType !== undefined) return { requestType, tag };
  }
  return null;
}

function fieldsOf(evidence: readonly string[]): string {
  const subject = evidence.some((e) => e.startsWith('subject:'));
  const description = evidence.some((e) => e.startsWith('description:'));
  if (subject && description) return 'the subject and description';
  return subject ? 'the subject' : 'the description';
}

/** Classifies from text alone. */
function classifyByText(text: TicketText, warnings: string[]): Classification {
  const { scores, evidence, cueCounts } = scoreRequestTypes(text.subject.voting ?? text.subject, text.description.voting ?? text.description);
  const pick = pickFromScores(scores, cueCounts);
  const rounded = roundScores(scores);
  if (pick.requestType === 'unknown') {
    return {
      requestType: 'unknown',
      confidence: 'low',
      ruleId: 'classify.text',
      text: 'Nothing in the subject or description points clearly to one request type.',
      evidence: [],
      scores: rounded,
      warnings,
    };
  }
  const found = (evidence.get(pick.requestType) ?? []).slice(0, MAX_EVIDENCE);
  let sentence = `Words in ${fieldsOf(found)} point to ${REQUEST_TYPE_LABELS[pick.requestType]}`;
  // The runner-up is named only when the answer is not sure, so it is looked for only then.
  const runnerUp =
    pick.confidence === 'high'
      ? undefined
      : [...applyTieBreaks(scores).entries()].filter(([type]) => type !== pick.requestType).sort((a, b) => b[1] - a[1])[0];
  if (pick.confidence !== 'high' && runnerUp !== undefined && runnerUp[1] >= MIN_SCORE / 2) {
    sentence += `, though ${REQUEST_TYPE_LABELS[runnerUp[0]]} is also possible`;
  }
  return { requestType: pick.requestType, confidence: pick.confidence, ruleId: 'classify.text', text: `${sentence}.`, evidence: found, scores: rounded, warnings };
}

/**
 * Classifies a ticket. Pass `text` from analyzeTicket when the caller analyzes anyway.
 * Trusts its input (a normalized ticket, a validated config): `assess` holds the engine's one catch.
 */
export function classifyRequest(ticket: Ticket, config: EngineConfig, text?: TicketText): Classification {
  const warnings: string[] = [];
  const analyzed = text ?? analyzeTicket(ticket);
  const explicit = readExplicitRequestType(ticket, config?.requestType ?? [], warnings);
  if (explicit !== null) {
    return {
      requestType: explicit.requestType,
      confidence: 'high',
      ruleId: 'classify.field',
      // Set by a person or a trigger, not read from the customer's words: the sentence says so.
      text: `${explicit.setBy} says it is ${REQUEST_TYPE_LABELS[explicit.requestType]}.`,
      evidence: [explicit.evidence],
      scores: roundScores(scoreRequestTypes(analyzed.subject.voting ?? analyzed.subject, analyzed.description.voting ?? analyzed.description).scores),
      warnings,
    };
  }
  const byText = classifyByText(analyzed, warnings);
  const tagged = typeFromTags(Array.isArray(ticket.tags) ? ticket.tags : []);
  if (tagged === null) return byText;
  const tagEvidence = `tag: "${tagged.tag}"`;
  // A tag is trusted unless the text is sure of another type and gives the tag's type nothing.
  const contradicted =
    byText.requestType !== tagged.requestType && byText.confidence === 'high' && (byText.scores[tagged.requestType] ?? 0) < MIN_SCORE;
  if (contradicted) {
    return {
      ...byText,
      confidence: 'medium',
      text: `Words in the ticket point to ${REQUEST_TYPE_LABELS[byText.requestType]}, although it is tagged "${tagged.tag}".`,
      evidence: [...byText.evidence, tagEvidence],
    };
  }
  return {
    requestType: tagged.requestType,
    confidence: 'high',
    ruleId: 'classify.tag',
    text: `The ticket is tagged "${tagged.tag}", which marks ${REQUEST_TYPE_LABELS[tagged.requestType]}.`,
    evidence: [tagEvidence],
    scores: byText.scores,
    warnings,
  };
}
