// main.tsx renders the app even when the start-up it began rejects: the sidebar shows the
// timeout/error state instead of staying a blank frame.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/ui/session/earlySession', () => {
  const settled = Promise.reject(new Error('start-up failed'));
  settled.catch(() => undefined); // observed by main.tsx; keeps the runner from calling it unhandled
  const failed = { phase: 'timeout', seconds: 10 };
  return {
    REGISTRATION_TIMEOUT_MS: 10_000,
    provideRulebookCore: () => undefined,
    // A session that failed to start: its state is the timeout one, and `settled` rejects.
    EARLY_SESSION: {
      subscribe: () => () => undefined,
      getSnapshot: () => failed,
      retry: () => undefined,
      settled,
    },
  };
});

describe('main.tsx', () => {
  it('renders the error state when the start-up rejects, not a blank frame', async () => {
    document.body.innerHTML = '<div id="root"></div>';
    await import('../../src/main');
    await waitFor(() =>
      expect(screen.getByTestId('triage-panel')).toHaveAttribute('data-state', 'error'),
    );
    expect(screen.getByTestId('triage-panel')).toHaveTextContent(/\S/);
  });
});
