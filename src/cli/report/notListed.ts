// The line under a list the report cut short, so a reader knows the list is not complete.
import { LISTED_TICKETS } from './ReportTally';

export function notListed(count: number): string {
  if (count <= 0) return '';
  return `<p class="empty" data-not-listed="${count}">And ${count} more ${count === 1 ? 'ticket' : 'tickets'} not listed here (the report lists the first ${LISTED_TICKETS}); the JSON Lines output of the dry run has every ticket.</p>`;
}
