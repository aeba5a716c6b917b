// Human labels for the report, taken from the sidebar's English strings so an admin reads the
// same words in the report as agents see in the panel.
import english from '../../../translations/en.json';
import type { Owner, Priority, RequestType, Severity, Verdict } from '../../rules/types';

const ui = english.ui;

export function requestTypeLabel(requestType: RequestType): string {
  return ui.requestTypes[requestType] ?? requestType;
}

export function ownerLabel(owner: Owner): string {
  return ui.owners[owner] ?? owner;
}

export function severityLabel(severity: Severity): string {
  return `Sev ${severity}: ${ui.severity.names[`${severity}`] ?? ''}`;
}

export function priorityLabel(priority: Priority | null): string {
  return priority === null ? ui.ticket.noPriority : (ui.priorities[priority] ?? priority);
}

const VERDICT_LABELS: Readonly<Record<Verdict | 'none', string>> = {
  matches: 'Matches the guidance',
  above_guidance: 'Above the guidance',
  below_guidance: 'Below the guidance',
  unset: 'No priority set',
  none: 'No priority field',
};

export function verdictLabel(verdict: Verdict | 'none'): string {
  return VERDICT_LABELS[verdict];
}

/** The sidebar's one-line description of a flag, when it has one. */
export function flagDescription(flag: string): string | undefined {
  const descriptions: Readonly<Record<string, string>> = ui.flags.descriptions;
  return descriptions[flag];
}

/**
 * A flag's short label, as the panel names it: "Docker Swarm" for `best-effort:docker-swarm`. A
 * flag only a rulebook override knows is shown by its slug.
 */
export function flagLabel(flag: string): string {
  const labels: Readonly<Record<string, string>> = ui.flags.labels;
  return Object.hasOwn(labels, flag) ? (labels[flag] ?? flag) : flag;
}

export function confidenceLabel(confidence: string): string {
  const labels: Readonly<Record<string, string>> = ui.confidence;
  return Object.hasOwn(labels, confidence) ? (labels[confidence] ?? confidence) : confidence;
}
