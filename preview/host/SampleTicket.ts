// A sample ticket as stored in test/fixtures/samples/tickets.jsonl: the Zendesk REST shape with the
// organization and requester sideloaded, plus `expected` (which never reaches the app).

export interface SampleTicket {
  id: number;
  subject?: string | null;
  description?: string | null;
  priority?: string | null;
  status?: string | null;
  type?: string | null;
  tags?: string[];
  created_at?: string | null;
  updated_at?: string | null;
  via?: { channel?: string | null } | null;
  recipient?: string | null;
  organization_id?: number | null;
  requester_id?: number | null;
  organization?: {
    id?: number;
    name?: string;
    tags?: string[];
    organization_fields?: Record<string, unknown>;
  } | null;
  requester?: { email?: string; role?: string; name?: string } | null;
  custom_fields?: { id: number; value: unknown }[];
  /** The conversation in the REST comment shape, with the authors' roles in `users`. */
  comments?: { id?: number; author_id?: number; public?: boolean; body?: string; created_at?: string }[];
  users?: { id?: number; role?: string }[];
  expected?: Record<string, unknown>;
}

/** Parses JSON Lines, skipping blank lines; a broken line is skipped, not fatal. */
export function parseSampleTickets(text: string): SampleTicket[] {
  const tickets: SampleTicket[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const value = JSON.parse(line) as SampleTicket;
      if (typeof value.id === 'number') tickets.push(value);
    } catch {
      // A malformed sample line must not take the whole preview down.
    }
  }
  return tickets;
}
