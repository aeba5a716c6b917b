// What `npm run eval` compares: the labels a ticket carries and what the engine said about it.
import type { Assessment, Owner, Priority, RequestType, Severity } from '../../rules/types';

/** The labelled fields, any subset, as in the samples' `expected`. */
export interface Labels {
  requestType?: RequestType;
  /** Any of these is right (samples use it where two readings are fair). */
  requestType_in?: RequestType[];
  owner?: Owner;
  severity?: Severity;
  severity_in?: Severity[];
  priority?: Priority;
  bestEffort?: boolean;
  flags_include?: string[];
}

/** The fields the report measures, in the order it prints them. */
export const LABELLED_FIELDS = ['requestType', 'owner', 'severity', 'priority', 'bestEffort', 'flags_include'] as const;
export type LabelledField = (typeof LABELLED_FIELDS)[number];

export interface EvalCase {
  id: number | null;
  subject: string;
  labels: Labels;
  assessment: Assessment;
}
