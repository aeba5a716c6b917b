// A rulebook override that is wrong throughout (every one of its rules lacks a field): the sidebar
// lists the first problems with how many more there are, in the agent's language, and keeps
// assessing with the default rulebook.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MAX_RULEBOOK_PROBLEMS_SHOWN } from '../../src/ui/panel/displayLimits';
import { DEFAULT_TICKET_STATE } from '../fakes/FakeZendeskClient';
import { findAssessment, renderApp } from './support/renderApp';
import { FEATURE_REQUEST } from './support/sidebarTickets';

/** `count` flag rules, each without its title: one problem per rule. */
function brokenOverride(count: number): string {
  return JSON.stringify({
    flags: Array.from({ length: count }, (_, i) => ({
      id: `flag.broken-${i}`,
      explanation: 'no title',
      source: 'test',
      all: [{ field: 'plan', operator: 'is', value: 'premium' }],
      flag: `broken-${i}`,
    })),
  });
}

const assessment = () => findAssessment(10_000);

describe('the problems of a broken rulebook override', { timeout: 30_000 }, () => {
  it('lists the first of 500 problems and says how many more there are', async () => {
    renderApp({ state: FEATURE_REQUEST, settings: { rulebookOverride: brokenOverride(500) }, timeoutMs: 10_000 });
    const shown = await assessment();
    const problems = screen.getByTestId('rulebook-problems');
    const items = within(problems).getAllByRole('listitem');
    expect(items).toHaveLength(MAX_RULEBOOK_PROBLEMS_SHOWN);
    expect(items[0]).toHaveTextContent(/^\$\.flags\[0\]\S*: flags rule "flag\.broken-0"/);
    const more = within(problems).getByTestId('rulebook-problems-more');
    expect(more).toHaveAttribute('data-more', String(500 - MAX_RULEBOOK_PROBLEMS_SHOWN));
    expect(more).toHaveTextContent(`and ${(500 - MAX_RULEBOOK_PROBLEMS_SHOWN).toLocaleString('en')} more problems`);
    expect(shown).toHaveAttribute('data-owner', 'ce');
    expect(shown.getAttribute('data-flags') ?? '').not.toContain('broken-');
  });

  it('lists every problem, with no count, when there are only a few', async () => {
    renderApp({ state: FEATURE_REQUEST, settings: { rulebookOverride: brokenOverride(3) }, timeoutMs: 10_000 });
    await assessment();
    const problems = screen.getByTestId('rulebook-problems');
    expect(within(problems).getAllByRole('listitem')).toHaveLength(3);
    expect(within(problems).queryByTestId('rulebook-problems-more')).toBeNull();
  });

  it('says "and N more" in German for a German agent', async () => {
    const german = { ...FEATURE_REQUEST, currentUser: { ...(DEFAULT_TICKET_STATE.currentUser as object), locale: 'de' } };
    renderApp({ state: german, settings: { rulebookOverride: brokenOverride(25) }, timeoutMs: 10_000 });
    await assessment();
    expect(screen.getByTestId('rulebook-problems-more')).toHaveTextContent(/^und 15 weitere Fehler$/);
  });
});
