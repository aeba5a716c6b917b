import { analyzeText, EMPTY_TEXT, type AnalyzedText } from '../text';
import type { Ticket, TicketComment } from '../types';

/** One message of the conversation after the opening one, analyzed once. */
export interface LaterMessage {
  comment: TicketComment;
  /** Its place in the conversation, 0 = the opening comment. */
  index: number;
  text: AnalyzedText;
  /** How reasons and evidence name it: "the customer's message of 2026-11-20 09:00 UTC". */
  label: string;
}

/** What the engine reads from the comments beyond the first message. */
export interface Conversation {
  /** The customer's messages after the opening one, oldest first. */
  laterCustomerMessages: LaterMessage[];
  /** Everything agents said publicly (not internal notes, not automated), as one text. */
  agentReplies: AnalyzedText;
  /** How many public agent replies there are. */
  agentReplyCount: number;
}

/** A ticket may hold 5,000 comments; the latest customer messages are the ones that can change things. */
const MAX_LATER_MESSAGES = 50;

/** A conversation with nothing after the first message: what a ticket without comments reads as. */
export const NO_CONVERSATION: Conversation = { laterCustomerMessages: [], agentReplies: EMPTY_TEXT, agentReplyCount: 0 };

/** "2026-11-20 09:00 UTC": locale-neutral, so the engine's words read the same for every agent. */
function describeTime(createdAt: string | null): string | null {
  if (createdAt === null) return null;
  const ms = Date.parse(createdAt);
  if (!Number.isFinite(ms)) return null;
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** "the customer's message of 2026-11-20 09:00 UTC", or "the customer's message no. 3" without a time. */
function describeMessage(comment: TicketComment, index: number, who = "the customer's message"): string {
  const time = describeTime(comment.createdAt);
  return time === null ? `${who} no. ${index + 1}` : `${who} of ${time}`;
}

/**
 * The conversation after the opening comment (which the description repeats): the customer's later
 * messages, each analyzed for the classifier and the severity rules, and the agents' public replies
 * as one text for macro rules. Only analyzed when there are comments, so a ticket without them
 * costs nothing.
 */
export function readConversation(ticket: Ticket): Conversation {
  const comments = ticket.comments;
  if (!Array.isArray(comments) || comments.length < 2) return NO_CONVERSATION;
  const laterCustomerMessages: LaterMessage[] = [];
  const agentBodies: string[] = [];
  for (let index = 1; index < comments.length; index++) {
    const comment = comments[index]!;
    if (comment.automated || comment.body.trim() === '') continue;
    if (comment.author === 'customer' && comment.public !== false) {
      laterCustomerMessages.push({ comment, index, text: EMPTY_TEXT, label: describeMessage(comment, index) });
    } else if (comment.author === 'agent' && comment.public === true) {
      agentBodies.push(comment.body);
    }
  }
  const latest = laterCustomerMessages.slice(-MAX_LATER_MESSAGES);
  for (const message of latest) message.text = analyzeText(message.comment.body);
  return {
    laterCustomerMessages: latest,
    agentReplies: agentBodies.length === 0 ? EMPTY_TEXT : analyzeText(agentBodies.join('\n\n')),
    agentReplyCount: agentBodies.length,
  };
}
