import type { Reason } from '../../rules/types';

/**
 * The reasons that explain the given output fields, e.g. ['severity', 'priority'], in the
 * assessment's order. An admin's rulebook may raise thousands of flags, each with its reason: the
 * fields are a set (not a list searched per reason) and an array (not spread as arguments, which
 * overflows the stack past about 100,000).
 */
export function reasonsFor(reasons: readonly Reason[], fields: Iterable<string>): Reason[] {
  const wanted = new Set(fields);
  return reasons.filter((reason) => wanted.has(reason.field));
}
