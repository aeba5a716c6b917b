import {
  customFieldPath,
  fromSidebarData,
  organizationFieldPath,
  ORGANIZATION_FIELD_PATH_PREFIX,
  SIDEBAR_TICKET_PATHS,
} from '../rules/normalize';
import type { Ticket } from '../rules/types';
import { TicketReadError } from './errors';
import type { TicketValues } from './isAlreadyRead';
import { describeNonTicket, isTicketResult } from './isTicketResult';
import { organizationFieldKeys } from './organizationFieldKeys';
import type { AppSettings } from './readSettings';
import type { ZendeskClient } from './ZendeskClient';

type ReadSettings = Pick<AppSettings, 'customFieldIds'> &
  Partial<Pick<AppSettings, 'config' | 'rulebookOverride'>>;

/**
 * Every path the engine needs: the ticket's, the custom fields named in the settings, and the
 * organization fields the settings and a rulebook override name (each by its own documented
 * `customField:<key>` path).
 */
export function ticketPaths(settings: ReadSettings): string[] {
  const organizationKeys = settings.config
    ? organizationFieldKeys({ config: settings.config, rulebookOverride: settings.rulebookOverride })
    : [];
  return [
    ...new Set([
      ...SIDEBAR_TICKET_PATHS,
      ...settings.customFieldIds.map(customFieldPath),
      ...organizationKeys.map(organizationFieldPath),
    ]),
  ];
}

/**
 * Reads the open ticket with ONE batched `client.get` and normalizes it for the engine, returning
 * the raw values too, so later change events can be compared with what was read. A path Zendesk
 * could not read (a deleted custom field, say) becomes a warning on the ticket; a failure of the
 * whole call, or an answer that is not the ticket, throws TicketReadError.
 */
export async function readTicket(
  client: ZendeskClient,
  settings: ReadSettings,
): Promise<{ ticket: Ticket; values: TicketValues }> {
  const paths = ticketPaths(settings);
  let data: unknown;
  try {
    data = await client.get(paths);
  } catch (error) {
    throw new TicketReadError(error);
  }
  // A timeout object, a nameless error or garbage: never assessed as if it were the ticket.
  if (!isTicketResult(data, paths)) throw new TicketReadError(new Error(describeNonTicket(data)));
  const values = data as Record<string, unknown>;
  return { ticket: withPathWarnings(fromSidebarData(values), values), values };
}

/** Makes sure each per-path error is visible once in `warnings`, whatever the normalizer did with it. */
function withPathWarnings(ticket: Ticket, data: Record<string, unknown>): Ticket {
  const errors = data.errors;
  if (!errors || typeof errors !== 'object') return ticket;
  const warnings = [...ticket.warnings];
  const hasOrganization = data['ticket.organization'] !== null && data['ticket.organization'] !== undefined;
  for (const [path, error] of Object.entries(errors as Record<string, unknown>)) {
    if (!hasOrganization && path.startsWith(ORGANIZATION_FIELD_PATH_PREFIX)) continue;
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
