// What the preview's REST answers read besides fixtures: the open ticket's conversation as the
// comments endpoint lists it, and the samples the search endpoint looks through.

/** A comment in the REST shape of `GET /api/v2/tickets/{id}/comments`. */
export interface RestComment {
  id: number;
  author_id: number | null;
  public: boolean;
  body: string;
  created_at: string;
  via: { channel: string };
}

export interface RestRecords {
  /** `{comments, users}` for the ticket, or null when the preview does not know it. */
  comments(ticketId: number): { comments: RestComment[]; users: { id: number; role: string }[] } | null;
  /** Every ticket the search may find, in the REST ticket shape. */
  tickets(): Record<string, unknown>[];
}

export const NO_RECORDS: RestRecords = { comments: () => null, tickets: () => [] };
