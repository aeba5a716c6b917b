// Issue 4's panel: one ticket per owner, every section with its "Why?", flags in plain words,
// a broken rulebook override, input warnings, and hostile ticket text rendered as text.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './support/renderApp';
import { EMPLOYMENT_VERIFICATION, FEATURE_REQUEST, GETTING_AN_ERROR, HOSTILE, OUTAGE } from './support/sidebarTickets';

const assessment = () => screen.findByTestId('assessment');

describe('assessment panel', () => {
  it('shows a customer-engineering ticket with its next step', async () => {
    renderApp({ state: FEATURE_REQUEST });
    const shown = await assessment();
    expect(shown).toHaveAttribute('data-owner', 'ce');
    expect(shown).toHaveAttribute('data-request-type', 'feature_request');
    expect(shown.getAttribute('data-macros')?.split(' ')).toContain('ce-feature-request');
    expect(screen.getByTestId('owner')).toHaveTextContent('Customer engineering (CE)');
    expect(screen.getByTestId('request-type')).toHaveTextContent('Feature request');
    expect(screen.getByTestId('next-step')).toHaveTextContent(/Next step: .+/);
  });

  it('shows a non-support ticket as owned by another team', async () => {
    renderApp({ state: EMPLOYMENT_VERIFICATION });
    const shown = await assessment();
    expect(shown).toHaveAttribute('data-owner', 'other');
    expect(shown).toHaveAttribute('data-request-type', 'non_support');
    expect(screen.getByTestId('owner')).toHaveTextContent('Another team');
  });

  it('shows a customer-support outage with severity, priority and first-response target', async () => {
    renderApp({ state: OUTAGE });
    const shown = await assessment();
    expect(shown).toHaveAttribute('data-owner', 'cs');
    expect(shown).toHaveAttribute('data-severity', '0');
    expect(shown).toHaveAttribute('data-priority', 'urgent');
    expect(shown.getAttribute('data-flags')?.split(' ')).toContain('sev0-check');
    expect(screen.getByTestId('owner')).toHaveTextContent('Customer support (CS)');
    expect(screen.getByTestId('severity')).toHaveTextContent('Sev 0: Emergency');
    expect(screen.getByText('Maps to priority Urgent')).toBeInTheDocument();
    expect(screen.getByTestId('first-response')).toHaveTextContent(/^First response within .+/);
    // The sev0-check flag in plain words, not as a slug.
    expect(screen.getByText(/confirm the Sev 0 checklist before paging/)).toBeInTheDocument();
  });

  it('has the six section headings in order after the ticket subject, then the customer\'s other tickets', async () => {
    renderApp({ state: OUTAGE });
    await assessment();
    // The customer's other tickets come in a chunk fetched after the first paint.
    await screen.findByTestId('related-tickets');
    const headings = screen.getAllByRole('heading').map((h) => [h.tagName, h.textContent]);
    expect(headings).toEqual([
      ['H1', 'URGENT: Sourcegraph is down for all users'],
      ['H2', 'Request type'],
      ['H2', 'Owner'],
      ['H2', 'Severity'],
      ['H2', 'Flags'],
      ['H2', 'Suggested macros'],
      ['H2', 'Triage tags'],
      ['H2', 'Other open tickets of this customer'],
    ]);
  });

  it('opens a "Why?" per item listing the rules and the matched evidence', async () => {
    renderApp({ state: FEATURE_REQUEST });
    await assessment();
    const owner = screen.getByRole('region', { name: 'Owner' });
    const why = within(owner).getByRole('button', { name: 'Why?' });
    expect(why).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(why);
    expect(why).toHaveAttribute('aria-expanded', 'true');
    const explanation = document.getElementById(why.getAttribute('aria-controls') ?? '');
    expect(explanation).toBeVisible();
    expect(explanation).toHaveTextContent(/Rule \S+/);
    await userEvent.click(why);
    expect(why).toHaveAttribute('aria-expanded', 'false');
    expect(explanation).not.toBeVisible();
    // Every item has its own disclosure: request type, owner, severity, the first-response clock,
    // each flag, each macro.
    expect(await screen.findByTestId('first-response-clock')).toBeInTheDocument();
    const count = screen.getAllByRole('button', { name: 'Why?' }).length;
    const shown = screen.getByTestId('assessment');
    const items = (attr: string) => (shown.getAttribute(attr) ?? '').split(' ').filter(Boolean).length;
    expect(count).toBe(4 + items('data-flags') + items('data-macros'));
  });

  it('shows the evidence of the request type rule', async () => {
    renderApp({ state: FEATURE_REQUEST });
    await assessment();
    const section = screen.getByRole('region', { name: 'Request type' });
    await userEvent.click(within(section).getByRole('button', { name: 'Why?' }));
    expect(within(section).getAllByText(/Matched: .+/).length).toBeGreaterThan(0);
  });

  it('lists every problem of a broken rulebook override and keeps the default assessment', async () => {
    renderApp({ state: FEATURE_REQUEST, settings: { rulebookOverride: '{"owner": [' } });
    const shown = await assessment();
    const problems = screen.getByTestId('rulebook-problems');
    expect(problems).toHaveTextContent('The rulebook override has problems');
    expect(within(problems).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(within(problems).getAllByRole('listitem')[0]).toHaveTextContent(/^\$\S*: .+/);
    expect(shown).toHaveAttribute('data-owner', 'ce');
  });

  it('shows per-path read errors discreetly as input notes', async () => {
    const { fake } = renderApp({ state: GETTING_AN_ERROR, timeoutMs: 2_000 });
    fake.pathErrors['ticket.organization'] = 'Could not find path';
    await assessment();
    // The error was set after the first read started: trigger a re-read.
    fake.emit('ticket.tags.changed', []);
    const notes = await screen.findByTestId('input-warnings');
    expect(notes).toHaveTextContent(/Input notes \(\d+\)/);
    expect(notes).toHaveTextContent('ticket.organization');
  });

  it('says in the input notes when a long description was only partly read', async () => {
    const long = 'We copied the settings from the staging environment and checked them one by one again.\n'.repeat(300);
    renderApp({ state: { ...OUTAGE, 'ticket.description': `${long}Since this morning production is down for all users.` } });
    const shown = await assessment();
    expect(shown).toHaveAttribute('data-severity', '0');
    const notes = await screen.findByTestId('input-warnings');
    expect(notes).toHaveTextContent('description: too long to read in full');
  });

  it('renders ticket text with markup and scripts as inert text', async () => {
    const { container } = renderApp({ state: HOSTILE });
    await assessment();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('<img src=x onerror=alert(1)> broken page');
    expect(screen.getByTestId('ticket-requester')).toHaveTextContent('<img src=x onerror=alert(2)>@example.com');
    expect(container.querySelector('img, script, b')).toBeNull();
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });
});
