// The figures of an evaluation: accuracy per labelled field, precision and recall per request
// type, the confusion matrix, unknowns, calibration, and every miss. Pure: the regression test
// over the corpus and the command share it.
import { CONFIDENCES, type Confidence, type RequestType } from '../../rules/types';
import { LABELLED_FIELDS, type EvalCase, type LabelledField, type Labels } from './types';

export interface FieldScore {
  labelled: number;
  right: number;
}
export interface TypeScore {
  /** Tickets labelled with this type. */
  support: number;
  /** Tickets the engine gave this type. */
  predicted: number;
  right: number;
}
export interface Miss {
  id: number | null;
  subject: string;
  /** field → expected, got and the rule that decided. */
  fields: { field: LabelledField; expected: string; got: string; ruleId: string }[];
}
export interface EvalScores {
  tickets: number;
  fields: Record<LabelledField, FieldScore>;
  types: Map<RequestType, TypeScore>;
  /** expected → got → count, over tickets with a request-type label. */
  confusion: Map<RequestType, Map<RequestType, number>>;
  unknown: number;
  calibration: Record<Confidence, FieldScore>;
  misses: Miss[];
}

/** Whether one labelled field is right, with both sides as text; undefined when not labelled. */
function judge(field: LabelledField, labels: Labels, c: EvalCase): { right: boolean; expected: string; got: string } | undefined {
  const a = c.assessment;
  switch (field) {
    case 'requestType': {
      const allowed = labels.requestType_in ?? (labels.requestType === undefined ? undefined : [labels.requestType]);
      return allowed && { right: allowed.includes(a.requestType), expected: allowed.join('|'), got: `${a.requestType} (${a.confidence})` };
    }
    case 'owner':
      return labels.owner && { right: a.owner === labels.owner, expected: labels.owner, got: a.owner };
    case 'severity': {
      const allowed = labels.severity_in ?? (labels.severity === undefined ? undefined : [labels.severity]);
      return allowed && { right: allowed.includes(a.severity), expected: allowed.map((s) => `Sev${s}`).join('|'), got: `Sev${a.severity}` };
    }
    case 'priority':
      return labels.priority && { right: a.priority === labels.priority, expected: labels.priority, got: a.priority };
    case 'bestEffort':
      return labels.bestEffort === undefined ? undefined : { right: a.bestEffort === labels.bestEffort, expected: String(labels.bestEffort), got: String(a.bestEffort) };
    case 'flags_include': {
      const want = labels.flags_include;
      return want && { right: want.every((f) => a.flags.includes(f)), expected: want.join(', ') || '(none)', got: a.flags.join(', ') || '(none)' };
    }
  }
}

/** The reason that decided a field (flags: the first flag reason, else best effort's). */
function decidingRule(field: LabelledField, c: EvalCase): string {
  const reasonField = field === 'flags_include' ? 'bestEffort' : field === 'priority' ? 'severity' : field;
  if (field === 'flags_include') {
    const flag = c.assessment.reasons.find((r) => r.field.startsWith('flag:'));
    if (flag) return flag.ruleId;
  }
  const reason = c.assessment.reasons.find((r) => r.field === reasonField);
  if (reason === undefined) return '(none)';
  return field === 'requestType' && reason.evidence.length > 0 ? `${reason.ruleId} ${reason.evidence.slice(0, 3).join(', ')}` : reason.ruleId;
}

function expectedType(labels: Labels, got: RequestType): RequestType | undefined {
  if (labels.requestType_in) return labels.requestType_in.includes(got) ? got : labels.requestType_in[0];
  return labels.requestType;
}

export function scoreCases(cases: readonly EvalCase[]): EvalScores {
  const fields = Object.fromEntries(LABELLED_FIELDS.map((f) => [f, { labelled: 0, right: 0 }])) as Record<LabelledField, FieldScore>;
  const calibration = Object.fromEntries(CONFIDENCES.map((c) => [c, { labelled: 0, right: 0 }])) as Record<Confidence, FieldScore>;
  const types = new Map<RequestType, TypeScore>();
  const confusion = new Map<RequestType, Map<RequestType, number>>();
  const typeScore = (type: RequestType) => {
    let score = types.get(type);
    if (score === undefined) types.set(type, (score = { support: 0, predicted: 0, right: 0 }));
    return score;
  };
  const misses: Miss[] = [];
  let unknown = 0;
  for (const c of cases) {
    const got = c.assessment.requestType;
    if (got === 'unknown') unknown++;
    const miss: Miss = { id: c.id, subject: c.subject, fields: [] };
    for (const field of LABELLED_FIELDS) {
      const verdict = judge(field, c.labels, c);
      if (verdict === undefined) continue;
      fields[field].labelled++;
      if (verdict.right) fields[field].right++;
      else miss.fields.push({ field, expected: verdict.expected, got: verdict.got, ruleId: decidingRule(field, c) });
    }
    const want = expectedType(c.labels, got);
    if (want !== undefined) {
      typeScore(want).support++;
      typeScore(got).predicted++;
      if (want === got) typeScore(got).right++;
      const row = confusion.get(want) ?? new Map<RequestType, number>();
      row.set(got, (row.get(got) ?? 0) + 1);
      confusion.set(want, row);
      calibration[c.assessment.confidence].labelled++;
      if (want === got) calibration[c.assessment.confidence].right++;
    }
    if (miss.fields.length > 0) misses.push(miss);
  }
  return { tickets: cases.length, fields, types, confusion, unknown, calibration, misses };
}

/** right / labelled, or null when nothing was labelled. */
export function share(score: FieldScore): number | null {
  return score.labelled === 0 ? null : score.right / score.labelled;
}
