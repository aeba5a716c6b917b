import type { Conversation } from '../conversation/readConversation';
import type { Facts } from '../facts/types';
import type { Confidence, Owner, RequestType, Severity, Ticket } from '../types';
import type { TicketText } from './TicketText';

/**
 * Everything a rule condition can look at. The later-stage fields (owner, severity, flags,
 * bestEffort) are filled as assess() advances: flag rules can read the severity, macro rules the
 * flags. A stage that has not run yet leaves its field undefined, and conditions on it are false.
 */
export interface RuleContext {
  ticket: Ticket;
  text: TicketText;
  facts: Facts;
  requestType: RequestType;
  confidence: Confidence;
  owner?: Owner;
  severity?: Severity;
  flags?: readonly string[];
  bestEffort?: boolean;
  /** What the comments add beyond the first message; absent reads as no conversation. */
  conversation?: Conversation;
}
