import type { ZendeskClient } from './ZendeskClient';

/** The agent's locale (e.g. 'de-DE'), or 'en' when Zendesk does not say. Never rejects. */
export async function readUserLocale(client: ZendeskClient): Promise<string> {
  try {
    const result = await client.get('currentUser.locale');
    const locale = result['currentUser.locale'];
    return typeof locale === 'string' && locale.trim() !== '' ? locale.trim() : 'en';
  } catch {
    return 'en';
  }
}
