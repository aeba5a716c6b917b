import type { Confidence, RequestType } from '../types';
import type { AnalyzedText } from '../text';

/** The ticket's text analyzed once, shared by the classifier and the rule evaluator. */
export interface TicketText {
  subject: AnalyzedText;
  description: AnalyzedText;
}

export interface Classification {
  requestType: RequestType;
  confidence: Confidence;
  /** 'classify.field' (the account's request-type field), 'classify.tag' or 'classify.text'. */
  ruleId: string;
  /** One plain sentence for the "why" panel. */
  text: string;
  /** What matched, e.g. 'subject: "bug"', 'tag: "feature_request"', 'custom field 360001: "Bug report"'. */
  evidence: string[];
  /** Text scores per request type (only types that scored). */
  scores: Partial<Record<RequestType, number>>;
  /** Input problems worked around, e.g. an unexpected request-type field value. */
  warnings: string[];
}
