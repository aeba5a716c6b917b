// Fixed phrase lists the conversation rules look for, matched by the text analyzer (stemmed,
// within a sentence, not after a negator). Code, not rulebook data: they decide when a later
// message may change the engine's answer at all, which an override should not switch off.

/** The customer says a workaround they had no longer helps: the impact grew. */
export const LOST_WORKAROUND = [
  'workaround stopped working',
  'workaround has stopped working',
  'workaround no longer works',
  'workaround is no longer working',
  'workaround does not work',
  "workaround doesn't work",
  'workaround is not working',
  "workaround isn't working",
  'workaround not working',
  'workaround no longer helps',
  "workaround doesn't help",
  'workaround does not help',
  'workaround failed',
  'workaround fails',
  'workaround broke',
  'workaround stopped',
  'work around stopped working',
  'work around no longer works',
] as const;

/** The customer opens another topic in the same ticket. */
export const NEW_TOPIC = [
  'another question',
  'another issue',
  'another problem',
  'another topic',
  'a separate issue',
  'a separate question',
  'a separate problem',
  'a different issue',
  'a different question',
  'a different problem',
  'a new issue',
  'a new question',
  'a new problem',
  'unrelated question',
  'unrelated issue',
  'unrelated problem',
  'on another note',
  'on a different note',
  'different topic',
  'new topic',
  'also wanted to ask',
  'while i have you',
] as const;
