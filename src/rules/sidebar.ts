// The engine as the sidebar loads it: what the panel needs to assess a ticket on load. Unlike
// index.ts it does not reach the rulebook validator, so the validator stays in a chunk of its own
// that loadRulebookAsync (used by the ticket session) fetches only when the account has an override.
// The first assessment leaves the first-response clock out; the clock is fetched after the first
// paint (its zone arithmetic is not in the start-up chunk) and every later assessment has it.
export { assessTicket, ENGINE_ERROR_RULE_ID, type DueTimeClock } from './assessTicket';
export { loadFirstResponseClock } from './clock/loadFirstResponseClock';
export { ownerNextStep } from './policies/ownerNextStep';
// The default rule texts (titles, explanations) the panel fills in right after its first paint.
export { loadDefaultRulebookTexts } from './rulebook/loadDefaultRulebookTexts';
export { withRulebookTexts, type RulebookTexts } from './rulebook/rulebookTexts';
