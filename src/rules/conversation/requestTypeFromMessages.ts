import { classifyRequest } from '../classify/classifyRequest';
import type { Classification } from '../classify/types';
import { REQUEST_TYPE_LABELS } from '../classify/requestTypeNames';
import { emptyTicket } from '../normalize/emptyTicket';
import { EMPTY_TEXT, lookupPhrases } from '../text';
import type { EngineConfig } from '../types';
import { NEW_TOPIC } from './conversationCues';
import type { LaterMessage } from './readConversation';
import { relabelEvidence } from './relabelEvidence';

/**
 * The request type comes from the customer's first message, unless a later customer message
 * changes the subject of the request: read alone, it is surely (high confidence) another request
 * type, and it either says it is another topic ("another question", "a separate issue") or says
 * the service is down (an incident: the nature of the request changed). A follow-up on the same
 * request ("how do I apply the workaround?") changes nothing, and neither does anything when a
 * person or a trigger set the type (a field or a tag). The latest such message wins.
 */
export function requestTypeFromMessages(first: Classification, messages: readonly LaterMessage[], config: EngineConfig): Classification | null {
  if (messages.length === 0 || first.ruleId !== 'classify.text') return null;
  // Text only: the ticket's fields and tags already decided nothing (ruleId classify.text).
  const textOnly: EngineConfig = { ...config, requestType: [] };
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i]!;
    const ticket = { ...emptyTicket(), description: message.comment.body };
    const alone = classifyRequest(ticket, textOnly, { subject: EMPTY_TEXT, description: message.text });
    if (alone.confidence !== 'high' || alone.requestType === first.requestType || alone.requestType === 'unknown') continue;
    const topic = lookupPhrases(message.text, NEW_TOPIC);
    if (topic.length === 0 && alone.requestType !== 'incident') continue;
    const label = message.label;
    return {
      ...alone,
      ruleId: 'classify.later-message',
      text: `${label.charAt(0).toUpperCase()}${label.slice(1)} changes the subject of the request: its words point to ${REQUEST_TYPE_LABELS[alone.requestType]}.`,
      evidence: [...topic.map((phrase) => `${label}: "${phrase}"`), ...relabelEvidence(alone.evidence, label)],
    };
  }
  return null;
}
