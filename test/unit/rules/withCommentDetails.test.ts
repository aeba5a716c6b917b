import { describe, expect, it } from 'vitest';
import { emptyTicket } from '../../../src/rules/normalize/emptyTicket';
import { lacksCommentDetails, withCommentDetails } from '../../../src/rules/normalize/withCommentDetails';
import type { TicketComment } from '../../../src/rules/types';

const comment = (patch: Partial<TicketComment>): TicketComment => ({
  id: 1,
  authorId: 10,
  author: 'customer',
  authorRole: 'end-user',
  public: null,
  automated: false,
  body: 'text',
  createdAt: null,
  ...patch,
});

describe('comment details laid over the sidebar conversation', () => {
  const ticket = {
    ...emptyTicket(),
    comments: [comment({ id: 1 }), comment({ id: 2, authorId: 7, author: 'agent', authorRole: 'agent' }), comment({ id: 3, author: 'unknown', authorRole: null })],
  };

  it('adds time and visibility by id, keeps the sidebar text, and leaves unlisted comments unknown', () => {
    const detailed = withCommentDetails(ticket, [
      comment({ id: 2, author: 'agent', public: true, createdAt: '2026-11-20T10:00:00Z', body: 'REST text' }),
      comment({ id: 3, author: 'agent', authorRole: 'admin', public: false, createdAt: '2026-11-20T11:00:00Z' }),
    ]);
    expect(detailed.comments[0]).toEqual(ticket.comments[0]);
    expect(detailed.comments[1]).toMatchObject({ public: true, createdAt: '2026-11-20T10:00:00Z', body: 'text', author: 'agent' });
    expect(detailed.comments[2]).toMatchObject({ public: false, author: 'agent', authorRole: 'admin' });
  });

  it('asks for details only when a comment that could be an agent reply lacks them', () => {
    expect(lacksCommentDetails({ ...ticket, comments: [comment({ id: 1 })] })).toBe(false);
    expect(lacksCommentDetails(ticket)).toBe(true);
    const detailed = withCommentDetails(ticket, [
      comment({ id: 2, author: 'agent', public: true, createdAt: '2026-11-20T10:00:00Z' }),
      comment({ id: 3, author: 'agent', public: false, createdAt: '2026-11-20T11:00:00Z' }),
    ]);
    expect(lacksCommentDetails(detailed)).toBe(false);
  });
});
