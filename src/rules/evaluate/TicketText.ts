import type { AnalyzedText } from '../text/index';

/** A ticket's subject and description, analyzed once and shared by the classifier and the rules. */
export interface TicketText {
  subject: AnalyzedText;
  description: AnalyzedText;
}
