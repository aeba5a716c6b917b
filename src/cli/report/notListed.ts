// The line under a list the report cut short, so a reader knows the list is not complete.

export function notListed(count: number): string {
  if (count <= 0) return '';
  return `<p class="empty" data-not-listed="${count}">And ${count} more ${count === 1 ? 'ticket' : 'tickets'} not listed here; the dry run's JSON Lines output has every ticket.</p>`;
}
