// Issue 4's panel, laid out by issue 16: one ticket per owner, the summary first, flags in plain
// words, one plain "Why" per topic with rule ids only under "Details for admins", a broken rulebook
// override, input warnings, and hostile ticket text rendered as text.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, findAssessment } from './support/renderApp';
import {
  EMPLOYMENT_VERIFICATION,
  FEATURE_REQUEST,
  GETTING_AN_ERROR,
  HOSTILE,
  OUTAGE,
} from './support/sidebarTickets';

const assessment = () => findAssessment();

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
    expect(screen.getByTestId('guidance-priority')).toHaveTextContent('Urgent');
    expect(screen.getByTestId('first-response')).toHaveTextContent(/^First response within .+/);
    // The sev0-check flag in plain words, not as a slug.
    expect(screen.getByText(/confirm the Sev 0 checklist before paging/)).toBeInTheDocument();
  });

  it('reads top to bottom as the triager works: summary, flags, macros, Apply triage, then the whys', async () => {
    renderApp({ state: OUTAGE });
    await assessment();
    const headings = screen.getAllByRole('heading').map((h) => [h.tagName, h.textContent]);
    // No repeat of the ticket's own header (subject, requester): Zendesk shows it beside the app.
    expect(headings).toEqual([
      ['H2', 'Summary'],
      ['H2', 'Flags'],
      ['H2', 'Suggested macros'],
      ['H2', 'Triage tags'],
      ['H2', 'Why these suggestions'],
      ['H2', 'Other open tickets of this customer'],
    ]);
    expect(screen.queryByText('URGENT: Sourcegraph is down for all users')).toBeNull();
    expect(screen.queryByText('user1014@example.com')).toBeNull();
    // The first macro's Insert and Apply triage come before the first Why.
    const order = [
      screen.getByTestId('priority-verdict'),
      screen.getAllByRole('button', { name: /^Insert / })[0]!,
      screen.getByRole('button', { name: 'Apply triage' }),
      screen.getByRole('button', { name: 'Why this request type?' }),
    ];
    for (let i = 1; i < order.length; i++) {
      expect(
        order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
    }
  });

  it('makes Sev 0 and Sev 1 stand out and says the confidence is about the request type', async () => {
    renderApp({ state: OUTAGE });
    await assessment();
    expect(screen.getByTestId('severity')).toHaveAttribute('data-severity', '0');
    expect(screen.getByTestId('confidence')).toHaveTextContent(
      /^type: (high|medium|low) confidence$/,
    );
  });

  it('shows each flag as one compact sentence, not an alert box', async () => {
    renderApp({ state: OUTAGE });
    await assessment();
    const flags = screen.getByRole('region', { name: 'Flags' });
    const row = within(flags)
      .getAllByRole('listitem')
      .find((item) => item.dataset['flag'] === 'sev0-check');
    expect(row).toHaveTextContent(
      /^Looks like an outage or security exposure: confirm the Sev 0 checklist before paging\.$/,
    );
    expect(within(flags).queryByRole('note')).toBeNull();
    expect(within(flags).queryByRole('button')).toBeNull();
  });

  it('has one plain "Why" per topic; rule ids and evidence only under "Details for admins"', async () => {
    renderApp({ state: FEATURE_REQUEST });
    await assessment();
    const why = screen.getByRole('button', { name: 'Why this owner?' });
    expect(why).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(why);
    expect(why).toHaveAttribute('aria-expanded', 'true');
    const explanation = document.getElementById(why.getAttribute('aria-controls') ?? '');
    expect(explanation).toBeVisible();
    expect(explanation).toHaveTextContent(/\w+/);
    // The plain view names no rule and shows no matched evidence.
    expect(explanation).not.toHaveTextContent(/Rule \S+|Matched:/);
    const details = within(explanation!).getByRole('button', { name: 'Details for admins' });
    await userEvent.click(details);
    expect(within(explanation!).getByTestId('why-details')).toHaveTextContent(/Rule owner\.\S+/);
    await userEvent.click(why);
    expect(why).toHaveAttribute('aria-expanded', 'false');
    expect(explanation).not.toBeVisible();
    // One disclosure per topic: request type, owner, severity, the first-response due time (when
    // the clock shows), and the flags and macros lists.
    const shown = screen.getByTestId('assessment');
    const has = (attr: string) => ((shown.getAttribute(attr) ?? '').trim() === '' ? 0 : 1);
    const clock = screen.queryByTestId('first-response-clock') ? 1 : 0;
    const whys = screen.getAllByRole('button', { name: /^Why / });
    expect(whys).toHaveLength(3 + clock + has('data-flags') + has('data-macros'));
    expect(screen.getAllByRole('button', { name: /^Why this due time\?$/ })).toHaveLength(clock);
  });

  it('shows the evidence and scores of the request type only in the details', async () => {
    renderApp({ state: FEATURE_REQUEST });
    await assessment();
    await userEvent.click(screen.getByRole('button', { name: 'Why this request type?' }));
    const region = screen.getByRole('region', { name: 'Why this request type?' });
    expect(within(region).queryByText(/Matched: .+/)).toBeNull();
    await userEvent.click(within(region).getByRole('button', { name: 'Details for admins' }));
    expect(within(region).getAllByText(/Matched: .+/).length).toBeGreaterThan(0);
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
    const long =
      'We copied the settings from the staging environment and checked them one by one again.\n'.repeat(
        300,
      );
    renderApp({
      state: {
        ...OUTAGE,
        'ticket.description': `${long}Since this morning production is down for all users.`,
      },
    });
    const shown = await assessment();
    expect(shown).toHaveAttribute('data-severity', '0');
    const notes = await screen.findByTestId('input-warnings');
    expect(notes).toHaveTextContent('description: too long to read in full');
  });

  it('renders ticket text with markup and scripts as inert text', async () => {
    const { container } = renderApp({ state: HOSTILE });
    await assessment();
    // Ticket text reaches the panel only as matched evidence in the details: open every one.
    for (const why of screen.getAllByRole('button', { name: /^Why / })) await userEvent.click(why);
    for (const details of screen.getAllByRole('button', { name: 'Details for admins' }))
      await userEvent.click(details);
    expect(container.querySelector('img, script, b')).toBeNull();
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });
});
