// A later part that throws while rendering leaves only itself out: the assessment and the other
// later parts stay on screen (the sidebar never goes blank).
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findAssessment, renderApp } from './support/renderApp';
import { OUTAGE } from './support/sidebarTickets';

vi.mock('../../src/ui/laterParts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/ui/laterParts')>()),
  WhySection: () => {
    throw new Error('the Why section is broken');
  },
}));

const swallow = (event: ErrorEvent) => event.preventDefault();
afterEach(() => {
  window.removeEventListener('error', swallow);
  vi.restoreAllMocks();
});

describe('a later part that throws while rendering', () => {
  it('is left out, and the rest of the panel stays', async () => {
    // React and jsdom report the caught error loudly: expected here.
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    window.addEventListener('error', swallow);
    renderApp({ state: OUTAGE });
    const assessment = await findAssessment();

    expect(assessment).toHaveAttribute('data-owner');
    expect(screen.getByTestId('summary')).toBeInTheDocument();
    expect(screen.getByTestId('apply-triage')).toBeInTheDocument();
    expect(screen.queryByTestId('why-section')).toBeNull();
    expect(errors).toHaveBeenCalledWith(
      'Triage Assistant crashed while rendering',
      expect.objectContaining({ message: 'the Why section is broken' }),
      expect.anything(),
    );
  });
});
