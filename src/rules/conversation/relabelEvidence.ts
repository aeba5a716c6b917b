/**
 * Evidence from a message evaluated as if it were the description ('description: "down for
 * everyone"') renamed after the message it came from ('the customer's message of 2026-11-20
 * 09:00 UTC: "down for everyone"'), so a reason names the comment that decided.
 */
export function relabelEvidence(evidence: readonly string[], label: string): string[] {
  return evidence.map((item) => (item.startsWith('description: ') ? `${label}: ${item.slice('description: '.length)}` : item));
}
