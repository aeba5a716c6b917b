// Zendesk's ticket priority, read the same way wherever a value comes in: the ticket adapters,
// the save check, the macro insert and the sidebar's own Set priority.
import { isOneOf } from './isOneOf';
import { PRIORITIES, type Priority } from './types';

export const isPriority = (value: unknown): value is Priority => isOneOf(PRIORITIES, value);

/** Zendesk's "no priority set": null, '' or '-'. */
export const isNoPriority = (value: unknown): value is null | '' | '-' =>
  value === null || value === '' || value === '-';

/**
 * A priority as Zendesk returns it: the priority, null when none is set, undefined when the value
 * is not a priority at all.
 */
export function priorityOf(value: unknown): Priority | null | undefined {
  if (isNoPriority(value)) return null;
  return isPriority(value) ? value : undefined;
}

/** A priority as a person or an export may write it ('High ', 'URGENT'); else undefined. */
export const normalizePriority = (text: string): Priority | undefined => {
  const lower = text.trim().toLowerCase();
  return isPriority(lower) ? lower : undefined;
};
