import type { ZafGetResult } from './ZendeskClient';

/**
 * Zendesk reports a failed path or action in the result's `errors` while the call itself
 * resolves (zendesk-apps.md §2.2): this turns such a report into a rejection.
 */
export function throwOnCallErrors(result: unknown, name: string): void {
  const errors = (result as ZafGetResult | null | undefined)?.errors;
  if (!errors || typeof errors !== 'object') return;
  const failure = errors[name] ?? Object.values(errors)[0];
  if (failure) throw new Error(`"${name}" ${typeof failure.message === 'string' ? failure.message : 'failed'}`);
}
