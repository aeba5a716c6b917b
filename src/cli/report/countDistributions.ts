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

/** Counts assessments one at a time, so a dry run over any number of tickets holds only counts. */
export class DistributionTally {
  private readonly requestType = zeroes(REQUEST_TYPES);
  private readonly owner = zeroes(OWNERS);
  private readonly severity = zeroes(SEVERITIES);
  private readonly verdict = zeroes<Verdict | 'none'>([...VERDICTS, 'none']);
  private readonly flagCounts = new Map<string, number>();
  private bestEffort = 0;
  private total = 0;

  add(assessment: Assessment): void {
    this.total += 1;
    increment(this.requestType, assessment.requestType);
    increment(this.owner, assessment.owner);
    increment(this.severity, assessment.severity);
    increment(this.verdict, assessment.priorityCheck?.verdict ?? 'none');
    // A flag listed twice on one ticket still counts that ticket once.
    for (const flag of new Set(assessment.flags)) increment(this.flagCounts, flag);
    if (assessment.bestEffort) this.bestEffort += 1;
  }

  result(): Distributions {
    const flag = new Map(
      [...this.flagCounts].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b)),
    );
    const { total, requestType, owner, severity, verdict, bestEffort } = this;
    return { total, requestType: new Map(requestType), owner: new Map(owner), severity: new Map(severity), flag, verdict: new Map(verdict), bestEffort };
  }
}
