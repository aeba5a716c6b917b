// The sidebar's first assessment runs on its bundled rulebook core, whose default rules have no
// title or explanation yet (they land after the first paint). Its reasons must still read as text:
// what words there are, else the rule's id; never "undefined".
import { assess } from '../../../../src/rules/assess';
import { fromApiTicket } from '../../../../src/rules/normalize/index';
import { DEFAULT_RULEBOOK_BASE } from '../../../../src/rules/rulebook/defaultRulebookBase';
import type { RuleBase, Rulebook } from '../../../../src/rules/types';
import { apiTicket, NOW, PINNED_CONFIG } from './build';

const withoutWords = <R extends RuleBase>({ title: _title, explanation: _explanation, ...rule }: R) => rule as R;
const WORDLESS: Rulebook = {
  ...DEFAULT_RULEBOOK_BASE,
  owner: DEFAULT_RULEBOOK_BASE.owner.map(withoutWords),
  severity: DEFAULT_RULEBOOK_BASE.severity.map(withoutWords),
  flags: DEFAULT_RULEBOOK_BASE.flags.map(withoutWords),
  macros: DEFAULT_RULEBOOK_BASE.macros.map(withoutWords),
};

const CUSTOMER = 1;
const bug = apiTicket({ type: 'bug_report', subject: 'Search results are wrong', description: 'Some results are missing from search for a few users.' });
const raised = fromApiTicket({
  ...bug,
  requester_id: CUSTOMER,
  users: [{ id: CUSTOMER, role: 'end-user' }],
  comments: [
    { id: 100, author_id: CUSTOMER, public: true, body: String(bug.description), created_at: String(bug.created_at) },
    { id: 101, author_id: CUSTOMER, public: true, body: 'Update: now it is down for all users.', created_at: '2026-11-25T10:40:00Z' },
  ],
});

describe('reasons from rules without words', () => {
  it('decide exactly as the rules with words do', () => {
    const whole = assess(raised, DEFAULT_RULEBOOK_BASE, PINNED_CONFIG, NOW);
    const wordless = assess(raised, WORDLESS, PINNED_CONFIG, NOW);
    expect({ ...wordless, reasons: [] }).toEqual({ ...whole, reasons: [] });
    expect(wordless.reasons.map((reason) => reason.ruleId)).toEqual(whole.reasons.map((reason) => reason.ruleId));
  });

  it('name the rule instead of its words, and never say "undefined"', () => {
    const { reasons } = assess(raised, WORDLESS, PINNED_CONFIG, NOW);
    for (const reason of reasons) expect(reason.text).not.toMatch(/undefined/);
    const owner = reasons.find((reason) => reason.field === 'owner');
    expect(owner?.text.startsWith(`${owner.ruleId} Next step:`)).toBe(true);
    expect(reasons.find((reason) => reason.ruleId === 'severity.sev0.outage')?.text).toMatch(/raises the severity from Sev2 to Sev0\. severity\.sev0\.outage$/);
  });

  it('say the one word a rule has', () => {
    const titled: Rulebook = { ...WORDLESS, owner: WORDLESS.owner.map((rule) => ({ ...rule, title: 'Titled only' })) };
    const owner = assess(raised, titled, PINNED_CONFIG, NOW).reasons.find((reason) => reason.field === 'owner' && reason.ruleId.startsWith('owner.'));
    expect(owner?.text).toMatch(/^Titled only Next step:/);
  });
});
