// The rules engine's public API: what the sidebar, the dry-run command and the benchmark use.
export type * from './types';
export { PRIORITIES, SEVERITIES, OWNERS, CONFIDENCES, REQUEST_TYPES, VERDICTS, OPERATORS } from './types';
export { assess, ENGINE_ERROR_RULE_ID } from './assess';
export { DEFAULT_CONFIG } from './defaultConfig';
export { CONFIG_LIMITS } from './configLimits';
export { readEngineConfig } from './readEngineConfig';
export { DEFAULT_RULEBOOK } from './rulebook/defaultRulebook';
export { loadRulebook, type LoadedRulebook } from './rulebook/loadRulebook';
export { loadRulebookAsync } from './rulebook/loadRulebookAsync';
export { mergeOverride } from './rulebook/mergeOverride';
export { validateRulebook } from './rulebook/validateRulebook';
export { evaluateCondition } from './evaluate/evaluateCondition';
export { evaluateRule } from './evaluate/evaluateRule';
export { FIELD_NAMES } from './evaluate/fields';
export { readFacts } from './facts/readFacts';
export type { Facts, Plan, Deployment } from './facts/types';
export { fromApiTicket, fromSidebarData, SIDEBAR_TICKET_PATHS, customFieldPath } from './normalize/index';
export { analyzeTicket, classifyRequest, type Classification, type TicketText } from './classify/index';
