// The panel speaks the agent's language: currentUser.locale picks the dictionary.
import { screen } from '@testing-library/react';
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
});
