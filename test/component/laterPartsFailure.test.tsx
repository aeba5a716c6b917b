// When the later parts' chunk cannot be fetched after the first paint (while the rule texts did
// land), the parts stay out, quietly: the assessment stays on screen and nothing is logged as an
// error. The panel's next render (a ticket change) fetches the chunk again and the parts come in.
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasFirstPaint } from '../../src/ui/afterFirstPaint';
import { loadLaterParts } from '../../src/ui/LaterPart';
import { loadRuleTexts } from '../../src/ui/ruleTexts';
import { renderApp } from './support/renderApp';
import { OUTAGE } from './support/sidebarTickets';

const chunk = vi.hoisted(() => ({ unreachable: true }));

vi.mock('../../src/ui/laterParts', async (importOriginal) => {
  if (chunk.unreachable) throw new Error('Failed to fetch dynamically imported module');
  return importOriginal();
});

afterEach(() => vi.restoreAllMocks());

/** Lets every render and effect the stores asked for run, and every fetch they started settle. */
async function settleUnreachableChunk() {
  await act(async () => {});
  await act(async () => {
    await expect(loadLaterParts()).rejects.toThrow();
  });
}

describe('a later parts chunk that cannot be fetched', () => {
  it('leaves the parts out, quietly, and the next render of the panel brings them in', async () => {
    const errors = vi.spyOn(console, 'error');
    // The rule texts land; only the chunk fails.
    await loadRuleTexts();
    const { fake } = renderApp({ state: OUTAGE });
    await screen.findByTestId('assessment');
    await waitFor(() => expect(hasFirstPaint()).toBe(true));
    await settleUnreachableChunk();

    expect(screen.getByTestId('assessment')).toHaveAttribute('data-owner');
    expect(screen.getByTestId('summary')).toBeInTheDocument();
    for (const id of ['why-section', 'apply-triage', 'first-response-clock']) {
      expect(screen.queryByTestId(id)).toBeNull();
    }
    expect(errors).not.toHaveBeenCalled();

    // Reachable again: the next render of the panel (Zendesk says the ticket changed) tries again.
    chunk.unreachable = false;
    act(() => fake.emit('ticket.subject.changed', `${String(OUTAGE['ticket.subject'])} (update)`));
    expect(await screen.findByTestId('why-section', {}, { timeout: 2_000 })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('apply-triage')).toBeInTheDocument());
    expect(screen.getByTestId('assessment')).toHaveAttribute('data-owner');
    expect(errors).not.toHaveBeenCalled();
  });
});
