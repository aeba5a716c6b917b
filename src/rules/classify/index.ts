// The request classifier: what the customer is asking for, with confidence and evidence.
export type { Classification, TicketText } from './types';
export { analyzeTicket } from './analyzeTicket';
export { classifyRequest } from './classifyRequest';
