// The panel speaks the agent's language: currentUser.locale picks the dictionary.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TICKET_STATE } from '../fakes/FakeZendeskClient';
import { renderApp, findAssessment } from './support/renderApp';
import { FEATURE_REQUEST } from './support/sidebarTickets';

const withLocale = (locale: string) => ({
  ...FEATURE_REQUEST,
  currentUser: { ...(DEFAULT_TICKET_STATE.currentUser as object), locale },
});

describe('locale', () => {
  it('renders German for a German agent', async () => {
    renderApp({ state: withLocale('de') });
    await findAssessment();
    expect(screen.getByRole('heading', { name: 'Überblick' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Vorgeschlagene Makros' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Warum diese Zuständigkeit?' })).toBeInTheDocument();
    expect(screen.getByTestId('confidence')).toHaveTextContent(/^Typ: /);
    expect(screen.getByTestId('owner')).toHaveTextContent('Customer Engineering (CE)');
  });

  it('falls back from a regional tag to its language, and to English', async () => {
    renderApp({ state: withLocale('de-AT') });
    await findAssessment();
    expect(screen.getByRole('heading', { name: 'Warum diese Vorschläge' })).toBeInTheDocument();
  });

  it('uses English for a locale without a translation', async () => {
    renderApp({ state: withLocale('ja') });
    await findAssessment();
    expect(screen.getByRole('heading', { name: 'Why these suggestions' })).toBeInTheDocument();
  });

  it('says ignored settings in German', async () => {
    renderApp({ state: withLocale('de'), settings: { maxSuggestions: '25' } });
    await findAssessment();
    expect(screen.getByTestId('settings-problems')).toHaveTextContent(
      'Die Einstellung „maxSuggestions“ muss eine ganze Zahl von 1 bis 10 sein; erhalten: „25“, daher wird 3 verwendet.',
    );
  });

  it('says a failed macro insert in German', async () => {
    // A German agent's macro is inserted as German text (the installed macro speaks English).
    const { fake } = renderApp({ state: withLocale('de') });
    fake.invokeFailures['ticket.comment.appendText'] = new Error('composer unavailable');
    await findAssessment();
    const insert = screen.getAllByRole('button', { name: /einfügen$/ })[0]!;
    await userEvent.click(insert);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Das Makro konnte nicht eingefügt werden: Der Text konnte nicht in das Kommentarfeld eingefügt werden; Ihr Entwurf ist unverändert. Versuchen Sie es erneut.',
    );
  });

  it("inserts a German agent's macro as its German text, not the account's English macro", async () => {
    const { fake } = renderApp({ state: withLocale('de') });
    await findAssessment();
    await userEvent.click(screen.getAllByRole('button', { name: /einfügen$/ })[0]!);
    await screen.findByText(/in den Editor eingefügt/);
    const appended = fake.calls.invoke.find((call) => call.name === 'ticket.comment.appendText');
    expect(String(appended?.args[0])).toMatch(/Ihr|Sie|wir/);
    expect(fake.calls.invoke.some((call) => call.name === 'macro')).toBe(false);
  });

  it("says a failed Apply triage in German, with Zendesk's own words inside", async () => {
    const { fake } = renderApp({ state: withLocale('de') });
    fake.invokeFailures['ticket.tags.add'] = new Error('Tags are read-only here');
    await findAssessment();
    await userEvent.click(screen.getByRole('button', { name: 'Triage anwenden' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Triage konnte nicht angewendet werden: Zendesk hat die Änderung der Tags nicht angenommen: Tags are read-only here',
    );
  });
});
