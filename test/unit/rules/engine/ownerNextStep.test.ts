import { ownerNextStep } from '../../../../src/rules/policies/ownerNextStep';
import { DEFAULT_RULEBOOK } from '../../../../src/rules/rulebook/defaultRulebook';
import type { Rulebook } from '../../../../src/rules/types';
import { assessSpec } from './build';

describe('ownerNextStep', () => {
  it('gives the next step of the owner rule that decided, from the rulebook it is given', () => {
    const assessment = assessSpec({
      type: 'bug_report',
      subject: 'Crash on save',
      description: 'It crashes.',
    });
    const decided = assessment.reasons.find((reason) => reason.field === 'owner')!.ruleId;
    const rule = DEFAULT_RULEBOOK.owner.find((candidate) => candidate.id === decided)!;
    expect(rule.nextStep).toBeTruthy();
    expect(ownerNextStep(assessment, DEFAULT_RULEBOOK)).toBe(rule.nextStep);
    // A localized rulebook's text, looked up by the same rule id.
    const german: Rulebook = {
      ...DEFAULT_RULEBOOK,
      owner: DEFAULT_RULEBOOK.owner.map((candidate) =>
        candidate.id === decided ? { ...candidate, nextStep: 'Nachstellen.' } : candidate,
      ),
    };
    expect(ownerNextStep(assessment, german)).toBe('Nachstellen.');
  });

  it('is null when the deciding rule gives none or no owner rule decided', () => {
    const assessment = assessSpec({
      type: 'bug_report',
      subject: 'Crash on save',
      description: 'It crashes.',
    });
    const bare: Rulebook = {
      ...DEFAULT_RULEBOOK,
      owner: DEFAULT_RULEBOOK.owner.map(({ nextStep: _drop, ...rule }) => rule),
    };
    expect(ownerNextStep(assessment, bare)).toBeNull();
    expect(ownerNextStep({ ...assessment, reasons: [] }, DEFAULT_RULEBOOK)).toBeNull();
  });
});
