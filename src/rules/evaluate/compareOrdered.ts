import type { Ordering } from './fields';
import { ORDERS } from './fields';

/** "5.10.2" vs "5.9": numeric per part; missing parts count as 0. null when either is not a version. */
export function compareVersions(a: string, b: string): number | null {
  const parse = (v: string) => {
    const parts = v.trim().replace(/^v/i, '').split('.');
    if (parts.length === 0 || parts.length > 4 || parts.some((p) => !/^\d{1,9}$/.test(p))) return null;
    return parts.map(Number);
  };
  const left = parse(a);
  const right = parse(b);
  if (!left || !right) return null;
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}

/**
 * Compares a field value with a condition value for less_than / greater_than. Numbers compare as
 * numbers (severity too: `severity greater_than 1` means Sev2 or Sev3, the less severe ones).
 * Priority and confidence compare by rank (low < normal < high < urgent; low < medium < high),
 * versions part by part. Returns null when the two cannot be ordered: the condition is then false.
 */
export function compareOrdered(
  fieldValue: unknown,
  conditionValue: unknown,
  ordering: Ordering | undefined,
): number | null {
  if (typeof fieldValue === 'number' && typeof conditionValue === 'number') {
    if (!Number.isFinite(fieldValue) || !Number.isFinite(conditionValue)) return null;
    return Math.sign(fieldValue - conditionValue);
  }
  if (typeof fieldValue !== 'string') {
    return null;
  }
  if (ordering === 'priority' || ordering === 'confidence') {
    if (typeof conditionValue !== 'string') return null;
    const order = ORDERS[ordering];
    const left = order.indexOf(fieldValue.toLowerCase());
    const right = order.indexOf(conditionValue.toLowerCase());
    return left < 0 || right < 0 ? null : Math.sign(left - right);
  }
  if (typeof conditionValue === 'number' || typeof conditionValue === 'string') {
    return compareVersions(fieldValue, String(conditionValue));
  }
  return null;
}
