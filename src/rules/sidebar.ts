// The engine as the sidebar loads it: what the panel needs to assess a ticket on load. Unlike
// index.ts it does not reach the rulebook validator, so the validator stays in a chunk of its own
// that loadRulebookAsync (used by the ticket session) fetches only when the account has an override.
export { assess, ENGINE_ERROR_RULE_ID } from './assess';
export { ownerNextStep } from './policies/ownerNextStep';
