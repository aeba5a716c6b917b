/** True when `value` is one of `values` (an `as const` list): narrows it to that list's type. */
export function isOneOf<T>(values: readonly T[], value: unknown): value is T {
  return (values as readonly unknown[]).includes(value);
}
