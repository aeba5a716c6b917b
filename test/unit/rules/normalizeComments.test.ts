// The conversation in the normalized ticket: REST exports (`comments` + sideloaded `users`) and
// the sidebar's `ticket.comments` seam. Bad comments cost a warning, never the ticket.
import { fromApiTicket, fromSidebarData } from '../../../src/rules/normalize/index';
import { sanitizeTicket } from '../../../src/rules/normalize/sanitizeTicket';

const users = [
  { id: 1, role: 'end-user' },
  { id: 2, role: 'agent' },
  { id: 3, role: 'admin' },
  { id: 4, role: 'end-user' },
];
const comments = [
  { id: 10, author_id: 1, public: true, body: 'Search is down.', created_at: '2026-11-20T09:00:00Z', via: { channel: 'email' } },
  { id: 11, author_id: 2, public: false, body: 'Looking.', created_at: '2026-11-20T09:05:00Z', via: { channel: 'web' } },
  { id: 12, author_id: 3, public: true, plain_body: 'Please send logs.', body: 'Please send logs.', created_at: '2026-11-20T10:00:00Z' },
  { id: 13, author_id: 4, public: true, body: 'Me too (a CC).', created_at: '2026-11-20T11:00:00Z' },
  { id: 14, author_id: 99, public: true, body: 'Who?', created_at: '2026-11-20T12:00:00Z' },
  { id: 15, author_id: 2, public: true, body: 'Auto reply', created_at: '2026-11-20T12:01:00Z', via: { channel: 'rule', source: { rel: 'trigger' } } },
];

describe('comments from a REST export', () => {
  it('reads author, visibility, body and time, oldest first, with roles from the sideloaded users', () => {
    const ticket = fromApiTicket({ subject: 's', description: 'Search is down.', requester_id: 1, comments, users });
    expect(ticket.warnings).toEqual([]);
    expect(ticket.comments.map((c) => [c.id, c.author, c.authorRole, c.public, c.automated])).toEqual([
      [10, 'customer', 'end-user', true, false],
      [11, 'agent', 'agent', false, false],
      [12, 'agent', 'admin', true, false],
      [13, 'customer', 'end-user', true, false],
      [14, 'unknown', null, true, false],
      [15, 'agent', 'agent', true, true],
    ]);
    expect(ticket.comments[2]).toMatchObject({ body: 'Please send logs.', createdAt: '2026-11-20T10:00:00Z', authorId: 3 });
  });

  it('reads the export shape {ticket, comments, users} too', () => {
    const ticket = fromApiTicket({ ticket: { subject: 's', description: 'd', requester_id: 1 }, comments, users });
    expect(ticket.comments).toHaveLength(6);
  });

  it('the requester is the customer whatever their role', () => {
    const ticket = fromApiTicket({ subject: 's', description: 'd', requester_id: 2, comments: [comments[1]], users });
    expect(ticket.comments[0]!.author).toBe('customer');
  });

  it('without comments the conversation is empty, silently', () => {
    const ticket = fromApiTicket({ subject: 's', description: 'd' });
    expect(ticket.comments).toEqual([]);
    expect(ticket.warnings).toEqual([]);
  });

  it('unusable comments are skipped or emptied with a warning; the ticket stays', () => {
    const ticket = fromApiTicket({
      subject: 's',
      description: 'd',
      comments: ['x', { author_id: 'me', body: 5, created_at: 'yesterday' }],
      users: 'nobody',
    });
    expect(ticket.subject).toBe('s');
    expect(ticket.comments).toHaveLength(1);
    expect(ticket.comments[0]).toMatchObject({ authorId: null, author: 'unknown', body: '', createdAt: null, public: null });
    expect(ticket.warnings).toEqual([
      'users: expected a list, got string',
      'comments[0]: expected an object, got string',
      'comments[1].author_id: expected a whole number, got string',
      'comments[1].body: expected a string, got number',
      'comments[1].created_at: not a date: "yesterday"',
    ]);
    expect(fromApiTicket({ subject: 's', description: 'd', comments: {} }).warnings).toEqual(['comments: expected a list, got object']);
  });
});

describe('comments from the sidebar (ticket.comments)', () => {
  it('reads the documented item shape; time and visibility are unknown there', () => {
    const ticket = fromSidebarData({
      'ticket.requester': { id: 1, email: 'a@example.com', role: 'end-user' },
      'ticket.comments': [
        { id: 10, value: '<p>Search is down.</p>', author: { id: 1, role: 'end-user' }, via: {}, imageAttachments: [], nonImageAttachments: [] },
        { id: 11, value: '<p>Please send logs.</p>', author: { id: 2, role: 'agent' } },
      ],
    });
    expect(ticket.comments).toEqual([
      { id: 10, authorId: 1, author: 'customer', authorRole: 'end-user', public: null, automated: false, body: '<p>Search is down.</p>', createdAt: null },
      { id: 11, authorId: 2, author: 'agent', authorRole: 'agent', public: null, automated: false, body: '<p>Please send logs.</p>', createdAt: null },
    ]);
  });
});

describe('sanitizeTicket keeps usable comments', () => {
  it('reads normalized comments field by field', () => {
    const ticket = sanitizeTicket({ subject: 's', description: 'd', comments: [{ author: 'agent', public: true, body: 'hi', createdAt: '2026-01-01T00:00:00Z' }, 7, { author: 'robot' }] });
    expect(ticket.comments).toEqual([
      { id: null, authorId: null, author: 'agent', authorRole: null, public: true, automated: false, body: 'hi', createdAt: '2026-01-01T00:00:00Z' },
      { id: null, authorId: null, author: 'unknown', authorRole: null, public: null, automated: false, body: '', createdAt: null },
    ]);
  });
});
