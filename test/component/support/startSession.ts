import { prepareSidebarRulebook, startTicketSession, type ZendeskClient } from '../../../src/zendesk';
import { prepareLocale } from '../../../src/ui/session/prepareLocale';

/** The sidebar's ticket session over a fake client, as main.tsx starts it before React loads. */
export const startSession = (client: ZendeskClient, timeoutMs: number) =>
  startTicketSession({
    connect: () => client,
    timeoutMs,
    prepareLocale,
    prepareRulebook: prepareSidebarRulebook,
  });
