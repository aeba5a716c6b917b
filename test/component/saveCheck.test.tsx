// The ticket.save hook as the panel registers it: off, warn, block; blocking must reject (a
// resolved false would let the save through); our own failure never blocks.
import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './support/renderApp';
import { URGENT_HOW_TO, howTo } from './support/sidebarTickets';

async function ready(mode: string, state: Record<string, unknown>) {
  const rendered = renderApp({ state, settings: { saveCheckMode: mode } });
  await screen.findByTestId('assessment');
  return rendered.fake;
}

describe('save check', () => {
  it('registers exactly one hook, also after re-assessments', async () => {
    const fake = await ready('warn', URGENT_HOW_TO);
    const reads = () => fake.calls.get.filter((paths) => paths.includes('ticket.subject')).length;
    expect(reads()).toBe(1);
    // A real edit (a repeat of the last-read value costs no read): the ticket is read and
    // assessed again. A hook registered per assessment would now warn twice on one save.
    // Still above the guidance, so the one hook warns once.
    fake.setTicket({ 'ticket.priority': 'high' });
    act(() => fake.emit('ticket.priority.changed', 'high'));
    await waitFor(() => expect(reads()).toBe(2));
    await waitFor(() => expect(screen.getByTestId('ticket-priority')).toHaveTextContent('High'));

    expect(await fake.triggerSave()).toEqual({ allowed: true });
    expect(fake.calls.invoke.filter((call) => call.name === 'notify')).toHaveLength(1);
  });

  it('off: allows an above-guidance save without a word', async () => {
    const fake = await ready('off', URGENT_HOW_TO);
    expect(await fake.triggerSave()).toEqual({ allowed: true });
    expect(fake.calls.invoke.some((call) => call.name === 'notify')).toBe(false);
  });

  it('warn: notifies and allows when the priority is above guidance', async () => {
    const fake = await ready('warn', URGENT_HOW_TO);
    expect(await fake.triggerSave()).toEqual({ allowed: true });
    const notice = fake.calls.invoke.find((call) => call.name === 'notify');
    expect(String(notice?.args[0])).toContain('Priority Urgent is above the guidance (Low)');
  });

  it('block: rejects the save with a clear message (a resolved false would not block)', async () => {
    const fake = await ready('block', URGENT_HOW_TO);
    const outcome = await fake.triggerSave();
    expect(outcome.allowed).toBe(false);
    expect(outcome).toMatchObject({
      message: expect.stringContaining('Triage Assistant stopped the save'),
    });
    expect(outcome).toMatchObject({ message: expect.stringContaining('Set it to Low') });
  });

  it('block: allows a save whose priority follows the guidance', async () => {
    const fake = await ready('block', howTo('low'));
    expect(await fake.triggerSave()).toEqual({ allowed: true });
  });

  it('block: an internal error while checking lets the save go on', async () => {
    const fake = await ready('block', URGENT_HOW_TO);
    fake.get = () => {
      throw new TypeError('client is broken');
    };
    expect(await fake.triggerSave()).toEqual({ allowed: true });
  });
});
