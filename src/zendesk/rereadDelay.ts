// When a ticket read failed (Zendesk answered with an error, a timeout, or something that is not
// the ticket), the panel says so and reads again by itself, a few times with growing pauses, so a
// slow or briefly failing workspace recovers without a click. After that only "Try again" reads.
const REREAD_DELAYS_MS = [2_000, 5_000, 10_000, 20_000, 30_000] as const;

/** The pause before automatic re-read number `failures` (1-based), or null when there is none. */
export function rereadDelayMs(failures: number): number | null {
  if (!Number.isInteger(failures) || failures < 1) return null;
  return REREAD_DELAYS_MS[failures - 1] ?? null;
}
