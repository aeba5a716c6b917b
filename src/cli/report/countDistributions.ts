// The counts behind the charts. Every enum value gets a row, zero included, so reports of two
// runs line up; flags are open-ended (a rulebook may add its own), so only those seen are listed.
import {
  OWNERS,
  REQUEST_TYPES,
  SEVERITIES,
  VERDICTS,
  type Assessment,
  type Owner,
  type RequestType,
  type Severity,
  type Verdict,
} from '../../rules/types';

export interface Distributions {
  total: number;
  requestType: Map<RequestType, number>;
  owner: Map<Owner, number>;
  severity: Map<Severity, number>;
  /** Tickets carrying each flag, most frequent first (ties by name). */
  flag: Map<string, number>;
  /** Priority check verdicts, plus "none" for tickets without a priority field. */
  verdict: Map<Verdict | 'none', number>;
  bestEffort: number;
}

function zeroes<K>(keys: readonly K[]): Map<K, number> {
  return new Map(keys.map((key) => [key, 0]));
}

function increment<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

export function countDistributions(assessments: readonly Assessment[]): Distributions {
  const requestType = zeroes(REQUEST_TYPES);
  const owner = zeroes(OWNERS);
  const severity = zeroes(SEVERITIES);
  const verdict = zeroes<Verdict | 'none'>([...VERDICTS, 'none']);
  const flagCounts = new Map<string, number>();
  let bestEffort = 0;

  for (const assessment of assessments) {
    increment(requestType, assessment.requestType);
    increment(owner, assessment.owner);
    increment(severity, assessment.severity);
    increment(verdict, assessment.priorityCheck?.verdict ?? 'none');
    // A flag listed twice on one ticket still counts that ticket once.
    for (const flag of new Set(assessment.flags)) increment(flagCounts, flag);
    if (assessment.bestEffort) bestEffort += 1;
  }

  const flag = new Map(
    [...flagCounts].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b)),
  );
  return { total: assessments.length, requestType, owner, severity, flag, verdict, bestEffort };
}
