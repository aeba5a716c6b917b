import type { RuleContext } from '../evaluate/RuleContext';
import { readFacts } from '../facts/readFacts';
import { EMPTY_TEXT, type AnalyzedText } from '../text';
import type { EngineConfig } from '../types';

/**
 * The rule context of one later message: the ticket as it is (plan, deployment, tags, request
 * type), but with that message as its only text, and the facts the text gives (versions, share of
 * users affected) read from it. Severity rules evaluated in it say what the message alone shows.
 */
export function messageContext(ctx: RuleContext, body: string, text: AnalyzedText, config: EngineConfig, now: Date): RuleContext {
  const ticket = { ...ctx.ticket, subject: '', description: body };
  const ticketText = { subject: EMPTY_TEXT, description: text };
  return {
    ticket,
    text: ticketText,
    facts: readFacts(ticket, config, now, ticketText),
    requestType: ctx.requestType,
    confidence: ctx.confidence,
    ...(ctx.conversation === undefined ? {} : { conversation: ctx.conversation }),
  };
}

/** The same context with no text at all: what the ticket's fields decide without any message. */
export function blankContext(ctx: RuleContext, config: EngineConfig, now: Date): RuleContext {
  return messageContext(ctx, '', EMPTY_TEXT, config, now);
}
