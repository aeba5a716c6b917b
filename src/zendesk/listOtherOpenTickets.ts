// The customer's other open tickets, in ONE request to Zendesk's documented Search API
// (`GET /api/v2/search.json?query=…`): the organization's, or without one the requester's,
// unsolved tickets (new, open, pending, on-hold: `status<solved`), newest first.
import type { ZendeskClient } from './ZendeskClient';

/** How many the panel lists; one more is asked for, as the open ticket itself may be among them. */
const OTHER_TICKETS_SHOWN = 5;

/** One of the customer's other tickets, as the search result carries it. */
export interface OtherTicket {
  id: number;
  subject: string;
  /** Null when the result has no description (the request type then comes from the subject alone). */
  description: string | null;
  status: string;
  createdAt: string | null;
  /** The raw search result, for the engine's REST adapter. */
  raw: Record<string, unknown>;
}

/** The open ticket and its customer: the organization, else the requester. */
export interface CustomerOfTicket {
  ticketId: number | null;
  organizationId: number | null;
  requesterEmail: string | null;
}

/** Whose tickets to list: the organization's, else the requester's; null when the ticket has neither. */
export function otherTicketsQuery(customer: Omit<CustomerOfTicket, 'ticketId'>): string | null {
  const { organizationId } = customer;
  if (organizationId !== null) return `type:ticket status<solved organization:${organizationId}`;
  const email = customer.requesterEmail?.trim();
  // The documented form `requester:<email>`; an address with spaces or quotes is not one.
  if (email && /^[^\s"]+@[^\s"]+$/.test(email))
    return `type:ticket status<solved requester:${email}`;
  return null;
}

export function otherTicketsUrl(query: string): string {
  const params = new URLSearchParams({
    query,
    sort_by: 'created_at',
    sort_order: 'desc',
    per_page: String(OTHER_TICKETS_SHOWN + 1),
  });
  return `/api/v2/search.json?${params.toString()}`;
}

/** Answers per ticket id for this app instance: at most one request per ticket per session. */
const answers = new Map<number, Promise<OtherTicket[]>>();

/**
 * Up to five of the customer's other unsolved tickets, newest first, without the open one. Asked
 * once per ticket per session (a failure is remembered too: no second request); rejects when the
 * request fails or is rate limited, and the panel says so in one quiet line.
 */
export function listOtherOpenTickets(
  client: ZendeskClient,
  customer: CustomerOfTicket,
): Promise<OtherTicket[]> | null {
  const query = otherTicketsQuery(customer);
  const openId = customer.ticketId;
  if (openId === null || query === null) return null;
  let answer = answers.get(openId);
  if (!answer) {
    answer = client
      .request<unknown>({ url: otherTicketsUrl(query), type: 'GET', dataType: 'json' })
      .then((body) => readResults(body, openId));
    answers.set(openId, answer);
  }
  return answer;
}

/** For tests: a new session. */
export function forgetOtherOpenTickets(): void {
  answers.clear();
}

const UNSOLVED = new Set(['new', 'open', 'pending', 'hold']);

function readResults(body: unknown, openId: number): OtherTicket[] {
  const results = body && typeof body === 'object' ? (body as { results?: unknown }).results : null;
  if (!Array.isArray(results)) throw new Error('Zendesk answered the search without results');
  const tickets: OtherTicket[] = [];
  for (const item of results as unknown[]) {
    if (!item || typeof item !== 'object') continue;
    const raw = item as Record<string, unknown>;
    const { id, subject, description, status, created_at: createdAt } = raw;
    if (typeof id !== 'number' || id === openId) continue;
    if (typeof status !== 'string' || !UNSOLVED.has(status)) continue;
    tickets.push({
      id,
      subject: typeof subject === 'string' ? subject : '',
      description: typeof description === 'string' ? description : null,
      status,
      createdAt: typeof createdAt === 'string' ? createdAt : null,
      raw,
    });
  }
  const time = (ticket: OtherTicket) => (ticket.createdAt ? Date.parse(ticket.createdAt) || 0 : 0);
  return tickets.sort((a, b) => time(b) - time(a) || b.id - a.id).slice(0, OTHER_TICKETS_SHOWN);
}

/** Opens another ticket in the agent's workspace: the documented `routeTo` action. */
export async function openTicket(client: ZendeskClient, id: number): Promise<void> {
  await client.invoke('routeTo', 'ticket', id);
}
