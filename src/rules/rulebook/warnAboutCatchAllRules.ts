import { assess } from '../assess';
import { analyzeTicket } from '../classify/analyzeTicket';
import { DEFAULT_CONFIG } from '../defaultConfig';
import { ruleEvidence } from '../evaluate/evaluateRule';
import type { RuleContext } from '../evaluate/RuleContext';
import { readFacts } from '../facts/readFacts';
import { fromApiTicket } from '../normalize/fromApiTicket';
import type { RuleBase, Rulebook, RulebookOverride, RulebookWarning } from '../types';
import SAMPLE_TICKETS from './sampleTickets.json';
import { SECTIONS, type Section } from './validateRulebook';

// A rule that holds for every kind of ticket is valid, but rarely what its author meant ("any
// ticket without the word 'zzz'"), so it is allowed with a warning. The sample tickets are 16 of
// the project's samples, chosen to differ: every organization and plan (and none), priorities set
// and unset, and the request types; assessed with the default settings.

const SAMPLE_NOW = new Date('2026-11-26T12:00:00Z');

/** What each section's rules see of one sample ticket: only the stages decided before it. */
type Contexts = Record<Section, RuleContext>;

function contextsFor(raw: unknown, rulebook: Rulebook): Contexts {
  const ticket = fromApiTicket(raw);
  const assessment = assess(ticket, rulebook, DEFAULT_CONFIG, SAMPLE_NOW);
  const text = analyzeTicket(ticket);
  const facts = readFacts(ticket, DEFAULT_CONFIG, SAMPLE_NOW, text);
  const owner: RuleContext = { ticket, text, facts, requestType: assessment.requestType, confidence: assessment.confidence };
  const severity = { ...owner, owner: assessment.owner };
  const flags = { ...severity, severity: assessment.severity };
  const macros = { ...flags, flags: assessment.flags, bestEffort: assessment.bestEffort };
  return { owner, severity, flags, macros };
}

/** Warnings for the override's rules that match every sample ticket. */
export function warnAboutCatchAllRules(override: RulebookOverride, rulebook: Rulebook): RulebookWarning[] {
  const samples = (SAMPLE_TICKETS as unknown[]).map((raw) => contextsFor(raw, rulebook));
  const warnings: RulebookWarning[] = [];
  for (const section of SECTIONS) {
    const rules: readonly RuleBase[] = override[section] ?? [];
    rules.forEach((rule, i) => {
      if (rule.disabled === true) return;
      if (!samples.every((contexts) => ruleEvidence(rule, contexts[section]) !== null)) return;
      warnings.push({
        path: `$.${section}[${i}]`,
        message: `${section} rule "${rule.id}" matches every one of the ${samples.length} sample tickets (they differ in organization, plan, priority and request type); it is used, but check that its conditions are as narrow as you meant`,
      });
    });
  }
  return warnings;
}
