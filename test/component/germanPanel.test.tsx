// "Every word in the agent's language": the German panel on three samples, with every "Why" and
// its admin details opened, contains no English sentence. Checked by dictionary, not by eye: every English text the
// panel could show (the app's en.json strings, the default rulebook's titles, explanations, next
// steps, slot values and macros, and the engine's own sentences) is cut at its {{placeholders}}
// into fragments of three words or more, and none of those that German words differently may
// appear on screen. Coverage is checked too: every rule behind the assessment has German words.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import english from '../../translations/en.json';
import german from '../../translations/de.json';
import { DEFAULT_RULEBOOK } from '../../src/rules/rulebook/defaultRulebook';
import { DEFAULT_TICKET_STATE } from '../fakes/FakeZendeskClient';
import { renderApp, findAssessment } from './support/renderApp';
import { DOCKER_SWARM, OUTAGE, URGENT_HOW_TO } from './support/sidebarTickets';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** The literal runs of a template between its {{placeholders}}, trimmed, of 3+ words. */
function sentences(template: string): string[] {
  return template
    .split(/\{\{[^}]*\}\}/)
    .flatMap((part) => part.split(/[.:;!?]\s/))
    .map((part) => part.trim().replace(/[.:;,!?]+$/, ''))
    .filter((part) => part.split(/\s+/).length >= 3);
}

const englishUi = leaves(english.ui as Tree);
const germanUi = leaves(german.ui as Tree);
const germanRulebook = DEFAULT_RULEBOOK.translations?.de;

// English texts whose German is worded differently (identical ones are product names).
const englishTexts: string[] = [];
for (const [key, text] of englishUi) if (germanUi.get(key) !== text) englishTexts.push(text);
for (const rule of [
  ...DEFAULT_RULEBOOK.owner,
  ...DEFAULT_RULEBOOK.severity,
  ...DEFAULT_RULEBOOK.flags,
  ...DEFAULT_RULEBOOK.macros,
]) {
  // The whole default rulebook: every rule has its words.
  englishTexts.push(rule.title ?? '', rule.explanation ?? '');
  if ('nextStep' in rule && rule.nextStep) englishTexts.push(rule.nextStep);
  if ('slots' in rule && rule.slots)
    englishTexts.push(...Object.values(rule.slots).filter((value) => value.includes(' ')));
}
for (const macro of DEFAULT_RULEBOOK.macroLibrary) englishTexts.push(macro.title, macro.body);
// The engine's own sentences (src/rules), which the panel must not show in German either.
englishTexts.push(
  'Classification confidence is',
  'maps to Zendesk priority',
  'No owner rule matched',
  'No severity rule matched',
  'first response within',
  'business days',
  'business hours',
  'The setup departs from documented best practice',
  'No deviation from documented best practice was detected',
  'Words in the ticket point to',
);
const forbidden = [
  ...new Set(
    englishTexts.flatMap((text) => (text.split(/\s+/).length >= 3 ? sentences(text) : [])),
  ),
].filter((fragment) => fragment.split(/\s+/).length >= 3);

const inGerman = (state: Record<string, unknown>) => ({
  ...state,
  currentUser: { ...(DEFAULT_TICKET_STATE.currentUser as object), locale: 'de' },
});

describe('the German panel', () => {
  it('has German words for every rule and macro of the default rulebook', () => {
    expect(germanRulebook).toBeDefined();
    for (const rule of [
      ...DEFAULT_RULEBOOK.owner,
      ...DEFAULT_RULEBOOK.severity,
      ...DEFAULT_RULEBOOK.flags,
      ...DEFAULT_RULEBOOK.macros,
    ]) {
      const words = germanRulebook?.rules?.[rule.id];
      expect(words?.title, rule.id).toBeTruthy();
      expect(words?.explanation, rule.id).toBeTruthy();
      if ('nextStep' in rule && rule.nextStep) expect(words?.nextStep, rule.id).toBeTruthy();
    }
    for (const macro of DEFAULT_RULEBOOK.macroLibrary) {
      expect(germanRulebook?.macros?.[macro.slug]?.body, macro.slug).toBeTruthy();
    }
    expect(forbidden.length).toBeGreaterThan(200);
  });

  it.each([
    ['an outage (1014)', OUTAGE],
    ['an urgent how-to (1016)', URGENT_HOW_TO],
    ['Docker Swarm (1021)', DOCKER_SWARM],
  ])(
    'shows no English sentence for %s, with every "Why" and its details open',
    async (_name, state) => {
      renderApp({ state: inGerman(state), settings: { saveCheckMode: 'block' } });
      await findAssessment();
      const panel = screen.getByTestId('triage-panel');
      for (const why of within(panel).getAllByRole('button', { name: /^Warum / }))
        await userEvent.click(why);
      for (const details of within(panel).getAllByRole('button', { name: 'Details für Admins' }))
        await userEvent.click(details);
      const text = (panel.textContent ?? '').replace(/\s+/g, ' ');
      const leaked = forbidden.filter((fragment) => text.includes(fragment));
      expect(leaked).toEqual([]);
      // The Whys are open and German.
      expect(text).toContain('Warum dieser Anfragetyp?');
      expect(within(panel).getAllByTestId('why-details').length).toBeGreaterThan(0);
    },
  );
});
