// The panel speaks the agent's language: currentUser.locale picks the dictionary.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TICKET_STATE } from '../fakes/FakeZendeskClient';
import { renderApp } from './support/renderApp';
import { FEATURE_REQUEST } from './support/sidebarTickets';

const withLocale = (locale: string) => ({
  ...FEATURE_REQUEST,
  currentUser: { ...(DEFAULT_TICKET_STATE.currentUser as object), locale },
});

describe('locale', () => {
  it('renders German for a German agent', async () => {
    renderApp({ state: withLocale('de') });
    await screen.findByTestId('assessment');
    expect(screen.getByRole('heading', { name: 'Zuständigkeit' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Vorgeschlagene Makros' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Priorität prüfen' })).toBeInTheDocument();
    expect(screen.getByTestId('owner')).toHaveTextContent('Customer Engineering (CE)');
  });

  it('falls back from a regional tag to its language, and to English', async () => {
    renderApp({ state: withLocale('de-AT') });
    await screen.findByTestId('assessment');
    expect(screen.getByRole('heading', { name: 'Anfragetyp' })).toBeInTheDocument();
  });

  it('uses English for a locale without a translation', async () => {
    renderApp({ state: withLocale('ja') });
    await screen.findByTestId('assessment');
    expect(screen.getByRole('heading', { name: 'Request type' })).toBeInTheDocument();
  });

  it('says ignored settings in German', async () => {
    renderApp({ state: withLocale('de'), settings: { maxSuggestions: '25' } });
    await screen.findByTestId('assessment');
    expect(screen.getByTestId('settings-problems')).toHaveTextContent(
      'Die Einstellung „maxSuggestions“ muss eine ganze Zahl von 1 bis 10 sein; erhalten: „25“, daher wird 3 verwendet.',
    );
  });

  it('says a failed macro insert in German', async () => {
    const { fake } = renderApp({ state: withLocale('de') });
    fake.respond('/api/v2/apps/installations/1/requirements', { status: 404 });
    fake.respond('/api/v2/macros/active', { status: 500 });
    await screen.findByTestId('assessment');
    const insert = screen.getAllByRole('button', { name: /einfügen$/ })[0]!;
    await userEvent.click(insert);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Das Makro konnte nicht eingefügt werden: Die Makros des Kontos konnten nicht abgefragt werden (HTTP 500 Error). Versuchen Sie es erneut.',
    );
  });

  it('says a failed Apply triage in German, with Zendesk\'s own words inside', async () => {
    const { fake } = renderApp({ state: withLocale('de') });
    fake.invokeFailures['ticket.tags.add'] = new Error('Tags are read-only here');
    await screen.findByTestId('assessment');
    await userEvent.click(screen.getByRole('button', { name: 'Triage anwenden' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Triage konnte nicht angewendet werden: Zendesk hat die Änderung der Tags nicht angenommen: Tags are read-only here',
    );
  });
});
