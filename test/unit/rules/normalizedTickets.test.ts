// assess() trusts the tickets the adapters made (they checked every field where it entered) and
// reads any other ticket field by field, as before.
import { describe, expect, it } from 'vitest';
import { fromApiTicket, fromSidebarData } from '../../../src/rules/normalize';
import { checkedTicket } from '../../../src/rules/normalize/sanitizeTicket';
import type { Ticket } from '../../../src/rules/types';

describe('checkedTicket', () => {
  it("keeps an adapter's ticket as it is", () => {
    const api = fromApiTicket({ id: 7, subject: 'Search is down', description: 'All users', priority: 'urgent', tags: ['vip', 3] });
    const sidebar = fromSidebarData({ 'ticket.id': 8, 'ticket.subject': 'Hi', 'ticket.description': 'How do I?' });
    expect(checkedTicket(api)).toBe(api);
    expect(checkedTicket(sidebar)).toBe(sidebar);
  });

  it('reads a copy with a broken field again, field by field', () => {
    const copy = { ...fromApiTicket({ id: 7, subject: 'S', description: 'D' }), subject: 42 } as unknown as Ticket;
    const checked = checkedTicket(copy);
    expect(checked).not.toBe(copy);
    expect(checked.subject).toBe('');
    expect(checked.warnings).toContain('subject: expected a string, got number');
  });
});
