import { analyzeTicket } from '../classify/analyzeTicket';
import { findIssueLink } from '../facts/hasIssueLink';
import { readFacts } from '../facts/readFacts';
import type { Assessment, EngineConfig, Rulebook, Ticket } from '../types';

/** Every slot the engine knows how to fill; the others are the agent's to write. */
export const ENGINE_SLOTS = [
  'version',
  'currentMajor',
  'minimumMajor',
  'component',
  'supportedAlternative',
  'codeHost',
  'issueLink',
] as const;

/**
 * What the engine knows for the macro slots of one assessed ticket: the product version, the
 * current and the oldest supported major (N-1), the first matched flag rule's `slots` (the
 * unsupported component and its supported alternative, the code host) and the first issue-tracker
 * link in the text. Pass the rulebook in the agent's language (localizeRulebook) so flag slot
 * values are in it too. Pure; a value the engine does not know is absent.
 */
export function macroSlotValues(
  ticket: Ticket,
  assessment: Assessment,
  rulebook: Rulebook,
  config: EngineConfig,
  now: Date,
): Record<string, string> {
  const values: Record<string, string> = {};
  const facts = readFacts(ticket, config, now, analyzeTicket(ticket));
  if (facts.productVersion !== null) values.version = facts.productVersion;
  if (Number.isInteger(config.currentMajorVersion)) {
    values.currentMajor = String(config.currentMajorVersion);
    values.minimumMajor = String(config.currentMajorVersion - 1);
  }
  const link = findIssueLink(`${ticket.subject}\n${ticket.description}`);
  if (link !== null) values.issueLink = link;

  // The rules that raised this ticket's flags, in the order the assessment explains them.
  const matchedIds = new Set(assessment.reasons.filter((r) => r.field.startsWith('flag:')).map((r) => r.ruleId));
  for (const rule of rulebook.flags) {
    if (!matchedIds.has(rule.id) || !rule.slots || typeof rule.slots !== 'object') continue;
    for (const [name, value] of Object.entries(rule.slots)) {
      if (typeof value === 'string' && value.trim() !== '' && !Object.hasOwn(values, name)) values[name] = value;
    }
  }
  return values;
}
