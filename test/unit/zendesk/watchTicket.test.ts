import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changedPath, watchTicket, WATCHED_TICKET_EVENTS } from '../../../src/zendesk/watchTicket';
import { FakeZendeskClient } from '../../fakes/FakeZendeskClient';

describe('watchTicket', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('folds a burst of five change events into one callback', () => {
    const client = new FakeZendeskClient();
    const onChange = vi.fn();
    watchTicket(client, onChange, 50);

    client.emit('ticket.subject.changed', 'a');
    client.emit('ticket.tags.changed', ['x']);
    client.emit('ticket.priority.changed', 'high');
    client.emit('ticket.type.changed', 'incident');
    client.emit('ticket.status.changed', 'open');
    expect(onChange).not.toHaveBeenCalled();

    vi.advanceTimersByTime(50);
    expect(onChange).toHaveBeenCalledTimes(1);

    // A later change is a new burst.
    client.emit('ticket.tags.changed', ['y']);
    vi.advanceTimersByTime(50);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('hands the callback every change of the burst, by the path it reports on', () => {
    const client = new FakeZendeskClient();
    const onChange = vi.fn();
    watchTicket(client, onChange, 50, ['360001']);

    client.emit('ticket.subject.changed', 'a');
    client.emit('ticket.requester.id.changed', 7);
    client.emit('ticket.custom_field_360001.changed', 'helm');
    vi.advanceTimersByTime(50);

    expect(onChange).toHaveBeenCalledWith([
      { path: 'ticket.subject', value: 'a' },
      { path: 'ticket.requester.id', value: 7 },
      { path: 'ticket.customField:custom_field_360001', value: 'helm' },
    ]);
    client.emit('ticket.tags.changed', ['x']);
    vi.advanceTimersByTime(50);
    expect(onChange).toHaveBeenLastCalledWith([{ path: 'ticket.tags', value: ['x'] }]);
  });

  it('maps custom field events onto the path that reads them', () => {
    expect(changedPath('ticket.custom_field_99.changed')).toBe('ticket.customField:custom_field_99');
    expect(changedPath('ticket.priority.changed')).toBe('ticket.priority');
  });

  it('subscribes to the ticket events and the configured custom fields', () => {
    const client = new FakeZendeskClient();
    watchTicket(client, () => {}, 50, ['360001']);
    for (const event of WATCHED_TICKET_EVENTS) expect(client.subscriberCount(event)).toBe(1);
    expect(client.subscriberCount('ticket.custom_field_360001.changed')).toBe(1);
  });

  it('unsubscribes from every event and drops a pending callback', () => {
    const client = new FakeZendeskClient();
    const onChange = vi.fn();
    const unsubscribe = watchTicket(client, onChange, 50, ['360001']);

    client.emit('ticket.tags.changed', []);
    unsubscribe();
    vi.advanceTimersByTime(100);
    client.emit('ticket.subject.changed', 'b');
    vi.advanceTimersByTime(100);

    expect(onChange).not.toHaveBeenCalled();
    for (const event of WATCHED_TICKET_EVENTS) expect(client.subscriberCount(event)).toBe(0);
    expect(client.subscriberCount('ticket.custom_field_360001.changed')).toBe(0);
  });

  it('keeps watching after the callback throws', () => {
    const client = new FakeZendeskClient();
    const onChange = vi.fn(() => {
      throw new Error('boom');
    });
    watchTicket(client, onChange, 10);
    client.emit('ticket.tags.changed', []);
    vi.advanceTimersByTime(10);
    client.emit('ticket.tags.changed', []);
    vi.advanceTimersByTime(10);
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});
