// An override that works but lacks a text (a new rule without the German that the default
// rulebook has, for a German agent): used, and its warning shown apart from errors (the override
// is not ignored). A rule that matches every sample ticket is warned about by the admin's
// commands (the dry run, eval: see test/unit/cli/assess.test.ts), not on each ticket load.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TICKET_STATE } from '../fakes/FakeZendeskClient';
import { findAssessment, renderApp } from './support/renderApp';
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

const german = { ...FEATURE_REQUEST, currentUser: { ...(DEFAULT_TICKET_STATE.currentUser as object), locale: 'de' } };

describe('rulebook warnings', { timeout: 30_000 }, () => {
  it('shows the warning as information and uses the override', async () => {
    renderApp({ state: german, settings: { rulebookOverride: broad } });
    const shown = await findAssessment(10_000);
    expect(screen.queryByTestId('rulebook-problems')).toBeNull();
    const warnings = screen.getByTestId('rulebook-warnings');
    expect(warnings).toHaveTextContent('Das Regelwerk-Override ist aktiv, mit Warnungen');
    expect(within(warnings).getByRole('listitem')).toHaveTextContent(/^\$\.flags\[\d+\]: rule "flag\.no-zzz" has no de translation of title, explanation;/);
    expect(shown.getAttribute('data-flags')).toContain('no-zzz');
  });

  it('does not assess the sample tickets on a ticket load: no catch-all warning in the sidebar', async () => {
    renderApp({ state: german, settings: { rulebookOverride: broad } });
    await findAssessment(10_000);
    expect(screen.getByTestId('rulebook-warnings')).not.toHaveTextContent('sample tickets');
  });
});
