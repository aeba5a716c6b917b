/**
 * The ticket id an assessment reports: a positive whole number, or null (a new ticket has none).
 * assess() may be handed raw objects, so anything else (a string, a boolean, 0, 1.5, a missing
 * key) becomes null with a warning instead of reaching the output.
 */
export function readTicketId(value: unknown, warnings: string[]): number | null {
  if (value === null) return null;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value;
  const shown = value === undefined ? 'nothing' : typeof value === 'number' ? String(value) : typeof value === 'string' ? `the text ${JSON.stringify(value.slice(0, 40))}` : `a ${typeof value}`;
  warnings.push(`id: expected a positive whole number, got ${shown}; the assessment has no ticket id`);
  return null;
}
