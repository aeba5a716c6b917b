// An override with a rule that matches every sample ticket: used, and its warning shown apart
// from errors (the override is not ignored).
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, findAssessment } from './support/renderApp';
import { FEATURE_REQUEST } from './support/sidebarTickets';

const broad = JSON.stringify({
  flags: [
    {
      id: 'flag.no-zzz',
      title: 'No zzz',
      explanation: 'Every ticket without the word zzz.',
      source: 'test',
      all: [{ field: 'text', operator: 'not_includes_words', value: 'zzzqqq' }],
      flag: 'no-zzz',
    },
  ],
});

describe('rulebook warnings', { timeout: 30_000 }, () => {
  it('shows the warning as information and uses the override', async () => {
    renderApp({ state: FEATURE_REQUEST, settings: { rulebookOverride: broad } });
    const shown = await findAssessment(10_000);
    expect(screen.queryByTestId('rulebook-problems')).toBeNull();
    const warnings = screen.getByTestId('rulebook-warnings');
    expect(warnings).toHaveTextContent('The rulebook override is in use, with warnings');
    expect(within(warnings).getByRole('listitem')).toHaveTextContent(
      /^\$\.flags\[0\]: flags rule "flag\.no-zzz" matches every one of the 16 sample tickets/,
    );
    expect(shown.getAttribute('data-flags')).toContain('no-zzz');
  });
});
