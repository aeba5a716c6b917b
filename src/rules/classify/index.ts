// The request classifier: what the customer is asking for, with confidence and evidence.
export type { Classification, TicketText } from './types';
export { analyzeTicket } from './analyzeTicket';
export { classifyRequest } from './classifyRequest';
export { REQUEST_TYPE_CUES } from './requestTypeCues';
export { REQUEST_TYPE_LABELS, TYPE_TAGS, requestTypeFromValue } from './requestTypeNames';
