// The first-response clock on its own: it ticks each minute from its clock (no ticket re-read),
// turns to a warning under an hour and to an error when overdue, speaks the state (not the
// countdown) to screen readers, and formats in the agent's language and time zone.
import { act, render, screen } from '@testing-library/react';
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import FirstResponseClock from '../../src/ui/clock/FirstResponseClock';
import { TranslationProvider } from '../../src/ui/i18n';
import { loadLaterEnglish } from '../../src/ui/i18n/loadLaterEnglish';
import GERMAN from '../../translations/de.json';
import type { ClockFields } from '../../src/ui/clock/clockState';
import type { Reason } from '../../src/rules/types';

// The clock is a later part: its English words come with it, as in the panel (LaterPart.tsx).
beforeAll(() => loadLaterEnglish());

const DUE = '2026-11-24T18:00:00Z'; // Tue 10:00 in Los Angeles
const reasons: Reason[] = [
  {
    field: 'firstResponseDue',
    ruleId: 'firstResponse.due.business-hours',
    text: '8 hours counted on business hours …',
    evidence: [
      'createdAt: 2026-11-23T18:00:00Z',
      'schedule: business-hours',
      'timeZone: America/Los_Angeles',
    ],
  },
];
const pending: ClockFields = {
  firstResponseDue: DUE,
  firstResponseState: 'pending',
  firstResponseAt: null,
  reasons,
};

function renderClock(fields = pending, locale = 'en') {
  const now = () => new Date(Date.now());
  return render(
    <ThemeProvider theme={DEFAULT_THEME}>
      <TranslationProvider
        userLocale={locale}
        dictionary={locale === 'de' ? { ui: GERMAN.ui } : null}
      >
        <FirstResponseClock
          assessment={fields}
          locale={locale}
          now={now}
          timeZone="America/Los_Angeles"
        />
      </TranslationProvider>
    </ThemeProvider>,
  );
}

const text = () => screen.getByTestId('first-response-clock-text').textContent;
const clockState = () => screen.getByTestId('first-response-clock').getAttribute('data-state');

describe('the first-response clock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-24T14:40:00Z')); // Tue 06:40 in Los Angeles
  });
  afterEach(() => vi.useRealTimers());

  it('says when the reply is due and how long is left, and ticks each minute', () => {
    renderClock();
    expect(text()).toBe('Reply due Tue 10:00 (in 3 h 20 min)');
    expect(clockState()).toBe('due');
    act(() => vi.advanceTimersByTime(60_000));
    expect(text()).toBe('Reply due Tue 10:00 (in 3 h 19 min)');
  });

  it('turns to a warning under an hour and to an error when overdue', () => {
    renderClock();
    act(() => vi.advanceTimersByTime((2 * 60 + 21) * 60_000)); // 09:01
    expect(clockState()).toBe('soon');
    expect(text()).toBe('Reply due Tue 10:00 (in 59 min)');
    act(() => vi.advanceTimersByTime(65 * 60_000)); // 10:06
    expect(clockState()).toBe('overdue');
    expect(text()).toBe('Reply overdue by 6 min (due Tue 10:00)');
    act(() => vi.advanceTimersByTime(59 * 60_000)); // 11:05
    expect(text()).toBe('Reply overdue by 1 h 05 min (due Tue 10:00)');
  });

  it('gives screen readers the state, not the ticking number', () => {
    renderClock();
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('First reply due Tue 10:00.');
    expect(screen.getByTestId('first-response-clock-text')).toHaveAttribute('aria-hidden', 'true');
    act(() => vi.advanceTimersByTime(5 * 60_000));
    expect(status).toHaveTextContent('First reply due Tue 10:00.');
    act(() => vi.advanceTimersByTime((3 * 60 + 20) * 60_000)); // 10:05
    expect(status).toHaveTextContent('First reply overdue: it was due Tue 10:00.');
  });

  it('says "First response sent" once a public agent reply exists', () => {
    renderClock({ ...pending, firstResponseState: 'met', firstResponseAt: '2026-11-24T00:02:00Z' });
    expect(text()).toBe('First response sent Mon 16:02');
    expect(clockState()).toBe('sent');
  });

  it('speaks German in a German locale, with the schedule in its Why', () => {
    renderClock(pending, 'de');
    expect(text()).toBe('Antwort fällig Di., 10:00 (in 3 Std. 20 Min.)');
    act(() => screen.getByRole('button', { name: 'Warum diese Frist?' }).click());
    expect(
      screen.getByText(
        /Gezählt nach dem Zeitplan des Tarifs: Geschäftszeiten, Montag bis Freitag 08:00–17:00, in America\/Los_Angeles/,
      ),
    ).toBeInTheDocument();
  });

  it('shows nothing without a due time', () => {
    renderClock({ ...pending, firstResponseDue: null, firstResponseState: null });
    expect(screen.queryByTestId('first-response-clock')).not.toBeInTheDocument();
  });
});
