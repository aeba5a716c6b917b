// An admin's heavy rulebook in the sidebar: thousands of matching flag rules, a macro library of
// thousands, a 100,000-character macro title. The panel lists a bounded number and says how many
// more there are; long text is cut. (How fast it renders is measured by `npm run bench`.)
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  MAX_FLAGS_SHOWN,
  MAX_OTHER_MACROS_SHOWN,
  MAX_TITLE_CHARS,
} from '../../src/ui/panel/displayLimits';
import { DEFAULT_TICKET_STATE } from '../fakes/FakeZendeskClient';
import { renderApp, findAssessment } from './support/renderApp';
import { FEATURE_REQUEST } from './support/sidebarTickets';

const meta = (id: string) => ({
  id,
  title: id,
  explanation: `${id} explained`,
  source: 'load test',
});
const featureRequest = [{ field: 'requestType', operator: 'is', value: 'feature_request' }];

function heavyOverride(flagRules: number, libraryMacros: number, titleChars: number): string {
  return JSON.stringify({
    flags: Array.from({ length: flagRules }, (_, i) => ({
      ...meta(`flag.load-${i}`),
      all: featureRequest,
      flag: `load-${i}`,
    })),
    macroLibrary: [
      {
        slug: 'huge-title',
        title: `${'Very long title '.repeat(titleChars / 16)}`,
        visibility: 'internal',
        body: 'x'.repeat(titleChars),
      },
      ...Array.from({ length: libraryMacros }, (_, i) => ({
        slug: `extra-${i}`,
        title: `Extra ${i}`,
        visibility: 'internal',
        body: 'Body',
      })),
    ],
    macros: [{ ...meta('macro.huge'), all: featureRequest, macro: 'huge-title', weight: 1000 }],
  });
}

const assessment = () => findAssessment(10_000);

describe('bounded rendering of a heavy rulebook', { timeout: 30_000 }, () => {
  it('lists the first flags of 300 matching flag rules and says how many more there are', async () => {
    renderApp({
      state: FEATURE_REQUEST,
      settings: { rulebookOverride: heavyOverride(300, 0, 100) },
      timeoutMs: 10_000,
    });
    const shown = await assessment();
    expect(screen.queryByTestId('rulebook-problems')).toBeNull();
    const flags = within(screen.getByRole('region', { name: 'Flags' }));
    expect(shown.querySelectorAll('[data-flag]').length).toBe(MAX_FLAGS_SHOWN);
    const total = shown.getAttribute('data-flags')!.split(' ').length;
    expect(total).toBeGreaterThanOrEqual(300);
    const more = flags.getByTestId('flags-more');
    expect(more).toHaveAttribute('data-more', String(total - MAX_FLAGS_SHOWN));
    expect(more).toHaveTextContent(`and ${(total - MAX_FLAGS_SHOWN).toLocaleString('en')} more`);
  });

  it('cuts a 100,000-character macro title and body, everywhere they appear', async () => {
    renderApp({
      state: FEATURE_REQUEST,
      settings: { rulebookOverride: heavyOverride(0, 0, 100_000) },
      timeoutMs: 10_000,
    });
    await assessment();
    const item = document.querySelector('[data-macro="huge-title"]')!;
    expect(item).not.toBeNull();
    const title = item.querySelector('p')!;
    expect(title.textContent!.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    expect(title.textContent!.endsWith('…')).toBe(true);
    expect(item.textContent!.length).toBeLessThan(2_000);
    const insert = within(item as HTMLElement).getByRole('button', {
      name: /^Insert Very long title/,
    });
    expect(insert.getAttribute('aria-label')!.length).toBeLessThan(MAX_TITLE_CHARS + 20);
  });

  it('lists the first macros of a library of 500 under "Other macros…", with the count of the rest', async () => {
    renderApp({
      state: FEATURE_REQUEST,
      settings: { rulebookOverride: heavyOverride(0, 500, 100) },
      timeoutMs: 10_000,
    });
    await assessment();
    await userEvent.click(screen.getByRole('button', { name: 'Other macros…' }));
    const others = screen.getByRole('region', { name: 'Other macros from the library' });
    const listed = within(others)
      .getByTestId('other-macros')
      .querySelectorAll('[data-macro]').length;
    expect(listed).toBe(MAX_OTHER_MACROS_SHOWN);
    const more = within(others).getByTestId('other-macros-more');
    expect(Number(more.getAttribute('data-more'))).toBeGreaterThan(400);
  });

  it('says "and N more" in German for a German agent', async () => {
    const german = {
      ...FEATURE_REQUEST,
      currentUser: { ...(DEFAULT_TICKET_STATE.currentUser as object), locale: 'de' },
    };
    renderApp({
      state: german,
      settings: { rulebookOverride: heavyOverride(30, 0, 100) },
      timeoutMs: 10_000,
    });
    await assessment();
    expect(await screen.findByTestId('flags-more')).toHaveTextContent(/^und \d+ weitere$/);
  });
});
