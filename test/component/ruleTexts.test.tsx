// The start-up chunk carries the default rules without their titles and explanations: only the
// reasons need them, and only the parts shown after the first paint show reasons. The texts land
// with those parts, and no part shows up before they are in: the agent reads the same "Why" as
// with the whole rulebook, never a rule id or "undefined" instead of its words.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULEBOOK_BASE } from '../../src/rules/rulebook/defaultRulebookBase';
import { hasRuleTexts } from '../../src/ui/ruleTexts';
import { findAssessment, renderApp } from './support/renderApp';
import { OUTAGE, URGENT_HOW_TO } from './support/sidebarTickets';

const ownerWords = DEFAULT_RULEBOOK_BASE.owner.map((rule) => ({ id: rule.id, words: `${rule.title}: ${rule.explanation}` }));

describe("the rules' words after the first paint", () => {
  it('no later part shows up before the rule texts are in', async () => {
    // Noted at the moment each later part first enters the page.
    const textsInWhenShown = new Map<string, boolean>();
    const observer = new MutationObserver(() => {
      for (const id of ['why-section', 'apply-triage', 'first-response-clock']) {
        if (!textsInWhenShown.has(id) && screen.queryByTestId(id)) textsInWhenShown.set(id, hasRuleTexts());
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    renderApp({ state: OUTAGE });
    await findAssessment();
    observer.disconnect();
    expect(Object.fromEntries(textsInWhenShown)).toEqual({ 'why-section': true, 'apply-triage': true, 'first-response-clock': true });
  });

  it.each([
    ['an urgent how-to', URGENT_HOW_TO],
    ['an outage', OUTAGE],
  ])('"Why this owner?" gives the owner rule\'s title and explanation for %s', async (_name, state) => {
    renderApp({ state });
    await findAssessment();
    await userEvent.click(screen.getByRole('button', { name: 'Why this owner?' }));
    const why = screen.getByRole('region', { name: 'Why this owner?' });
    const text = why.textContent ?? '';
    const matched = ownerWords.filter(({ words }) => text.includes(words));
    expect(matched).toHaveLength(1);
    // Not the id a reason falls back to without words, and nothing undefined anywhere.
    expect(text).not.toContain(`${matched[0]!.id} `);
    expect(screen.getByTestId('triage-panel').textContent).not.toMatch(/undefined/);
  });
});
