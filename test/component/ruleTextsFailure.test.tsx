// When the rule texts cannot be fetched after the first paint, the parts that would show reasons
// without words stay out: the assessment stays on screen, nothing is logged as an error, and the
// panel's next render (a ticket change) tries again.
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadLaterParts } from '../../src/ui/LaterPart';
import { renderApp } from './support/renderApp';
import { OUTAGE } from './support/sidebarTickets';

const texts = vi.hoisted(() => ({ unreachable: true }));

vi.mock('../../src/rules/rulebook/loadDefaultRulebookTexts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/rules/rulebook/loadDefaultRulebookTexts')>();
  return {
    loadDefaultRulebookTexts: () => (texts.unreachable ? Promise.resolve(null) : original.loadDefaultRulebookTexts()),
  };
});

afterEach(() => vi.restoreAllMocks());

describe('rule texts that cannot be fetched', () => {
  it('leave the later parts out, quietly, and a later render fetches them after all', async () => {
    const errors = vi.spyOn(console, 'error');
    const { fake } = renderApp({ state: OUTAGE });
    await screen.findByTestId('assessment');
    await act(async () => {
      await expect(loadLaterParts()).rejects.toThrow();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(screen.getByTestId('assessment')).toHaveAttribute('data-owner');
    expect(screen.getByTestId('summary')).toBeInTheDocument();
    for (const id of ['why-section', 'apply-triage', 'first-response-clock']) expect(screen.queryByTestId(id)).toBeNull();
    expect(errors).not.toHaveBeenCalled();

    // Reachable again: the next render of the panel (Zendesk says the ticket changed) tries again.
    texts.unreachable = false;
    act(() => fake.emit('ticket.subject.changed', `${String(OUTAGE['ticket.subject'])} (update)`));
    expect(await screen.findByTestId('why-section', {}, { timeout: 2_000 })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('apply-triage')).toBeInTheDocument());
    expect(errors).not.toHaveBeenCalled();
  });
});
