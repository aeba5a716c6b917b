import type { TicketSession } from '../../zendesk';
import { loadDictionary, pickLocale, type Dictionary } from '../i18n/loadDictionary';

/** The dictionary of the agent's locale, loaded before the first render; null: English. */
export const prepareLocale = (locale: string): Promise<Dictionary | null> =>
  loadDictionary(pickLocale(locale));

/** The ticket session as the sidebar starts it: its locale words are a dictionary. */
export type SidebarSession = TicketSession<Dictionary | null>;
