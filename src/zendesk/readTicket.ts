import { customFieldPath, fromSidebarData, SIDEBAR_TICKET_PATHS } from '../rules/normalize';
import type { Ticket } from '../rules/types';
import { TicketReadError } from './errors';
import type { TicketValues } from './isAlreadyRead';
import type { AppSettings } from './readSettings';
import type { ZendeskClient } from './ZendeskClient';

/** Every path the engine needs, plus the custom fields named in the settings. */
export function ticketPaths(settings: Pick<AppSettings, 'customFieldIds'>): string[] {
  return [...new Set([...SIDEBAR_TICKET_PATHS, ...settings.customFieldIds.map(customFieldPath)])];
}

/**
 * Reads the open ticket with ONE batched `client.get` and normalizes it for the engine, returning
 * the raw values too, so later change events can be compared with what was read. A path Zendesk
 * could not read (a deleted custom field, say) becomes a warning on the ticket; only a failure of
 * the whole call throws, as TicketReadError.
 */
export async function readTicket(
  client: ZendeskClient,
  settings: Pick<AppSettings, 'customFieldIds'>,
): Promise<{ ticket: Ticket; values: TicketValues }> {
  let data: unknown;
  try {
    data = await client.get(ticketPaths(settings));
  } catch (error) {
    throw new TicketReadError(error);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new TicketReadError(new Error('Zendesk answered without ticket data'));
  }
  const values = data as Record<string, unknown>;
  return { ticket: withPathWarnings(fromSidebarData(values), values), values };
}

/** Makes sure each per-path error is visible once in `warnings`, whatever the normalizer did with it. */
function withPathWarnings(ticket: Ticket, data: Record<string, unknown>): Ticket {
  const errors = data.errors;
  if (!errors || typeof errors !== 'object') return ticket;
  const warnings = [...ticket.warnings];
  for (const [path, error] of Object.entries(errors as Record<string, unknown>)) {
    if (warnings.some((warning) => warning.includes(path))) continue;
    const message =
      error &&
      typeof error === 'object' &&
      typeof (error as { message?: unknown }).message === 'string'
        ? (error as { message: string }).message
        : 'unreadable';
    warnings.push(`Zendesk could not read ${path}: ${message}`);
  }
  return { ...ticket, warnings };
}
