// One definition, owned by the classifier; the evaluator reads the same analyzed text.
export type { TicketText } from '../classify/types';
