import { evaluateCondition } from '../../../../src/rules/evaluate/evaluateCondition';
import type { Condition } from '../../../../src/rules/types';
import { context } from './build';

const ctx = context(
  {
    subject: 'Search is not down, but indexing fails',
    description: 'We run Docker Swarm. Version 5.3.1. The site is not slow. Nobody can log in.',
    tags: ['vip', 'trial-acme'],
    orgTags: ['enterprise'],
    priority: 'high',
    type: 'bug_report',
    createdAt: '2026-11-01T12:00:00Z',
  },
  { severity: 2, owner: 'cs', flags: ['beta-feature', 'best-effort:docker-swarm'], bestEffort: true },
);

const c = (field: string, operator: Condition['operator'], value?: Condition['value']): Condition =>
  value === undefined ? { field, operator } : { field, operator, value };

describe('evaluateCondition: every operator, true and false', () => {
  it.each<[string, Condition, boolean]>([
    ['is: equal text, any case', c('plan', 'is', 'ENTERPRISE'), true],
    ['is: different text', c('plan', 'is', 'premium'), false],
    ['is: list value means one of', c('requestType', 'is', ['how_to', 'bug_report']), true],
    ['is: number', c('severity', 'is', 2), true],
    ['is: number differs', c('severity', 'is', 0), false],
    ['is: boolean', c('bestEffort', 'is', true), true],
    ['is: boolean differs', c('isManaged', 'is', true), false],
    ['is: absent value never is', c('productVersion', 'is', ''), false],
    ['is_not: different', c('plan', 'is_not', 'trial'), true],
    ['is_not: equal', c('plan', 'is_not', 'enterprise'), false],
    ['is_not: none of a list', c('requestType', 'is_not', ['how_to', 'adoption']), true],
    ['is_not: absent value is not anything', c('kubernetesVersion', 'is_not', '1.29'), true],
    ['less_than: number', c('ageDays', 'less_than', 30), true],
    ['less_than: number not below', c('ageDays', 'less_than', 25), false],
    ['greater_than: number', c('ageDays', 'greater_than', 13), true],
    ['greater_than: number not above', c('ageDays', 'greater_than', 25), false],
    ['greater_than: priority rank (high > normal)', c('priority', 'greater_than', 'normal'), true],
    ['less_than: priority rank (high < urgent)', c('priority', 'less_than', 'urgent'), true],
    ['less_than: priority rank false', c('priority', 'less_than', 'low'), false],
    ['greater_than on severity compares the number: Sev2 > 1', c('severity', 'greater_than', 1), true],
    ['less_than on severity: Sev2 is not < 2', c('severity', 'less_than', 2), false],
    ['less_than: versions part by part (5.3.1 < 5.10)', c('productVersion', 'less_than', '5.10'), true],
    ['greater_than: versions (5.3.1 > 5.3)', c('productVersion', 'greater_than', '5.3'), true],
    ['greater_than: absent value is never ordered', c('kubernetesVersion', 'greater_than', '1.0'), false],
    ['includes: tag', c('tags', 'includes', 'VIP'), true],
    ['includes: prefix pattern', c('tags', 'includes', 'trial-*'), true],
    ['includes: missing tag', c('tags', 'includes', ['gold', 'silver']), false],
    ['includes: substring of a string field', c('requester.email', 'includes', '@example.com'), true],
    ['not_includes: missing tag', c('tags', 'not_includes', 'gold'), true],
    ['not_includes: present tag', c('flags', 'not_includes', ['beta-feature']), false],
    ['present: has a value', c('productVersion', 'present'), true],
    ['present: no value', c('kubernetesVersion', 'present'), false],
    ['not_present: no value', c('kubernetesVersion', 'not_present'), true],
    ['not_present: has a value', c('tags', 'not_present'), false],
    ['includes_words: stemmed ("fail" finds "fails")', c('subject', 'includes_words', ['fail']), true],
    ['includes_words: negated word does not count', c('text', 'includes_words', ['down', 'slow']), false],
    ['includes_words: absent word', c('description', 'includes_words', 'kubernetes'), false],
    ['not_includes_words: negated words count as absent', c('text', 'not_includes_words', ['down']), true],
    ['not_includes_words: present word', c('text', 'not_includes_words', ['indexing']), false],
    ['includes_phrase: consecutive words, any case', c('description', 'includes_phrase', 'docker swarm'), true],
    ['includes_phrase: any of a list', c('text', 'includes_phrase', ['helm chart', 'nobody can log in']), true],
    ['includes_phrase: words apart do not match', c('text', 'includes_phrase', 'swarm version'), false],
    ['text field covers subject and description', c('text', 'includes_words', 'indexing'), true],
    ['organization tags', c('organization.tags', 'includes', 'enterprise'), true],
    ['organization field', c('organization.fields.support_plan', 'is', 'enterprise'), true],
    ['unknown field is false', c('nonsense', 'is', 'x'), false],
    ['unknown operator is false', { field: 'plan', operator: 'contains' as never, value: 'ent' }, false],
    ['words operator on a non-text field is false', c('plan', 'includes_words', 'enterprise'), false],
  ])('%s', (_name, condition, expected) => {
    expect(evaluateCondition(condition, ctx).matched).toBe(expected);
  });

  it('returns the matched words as evidence, labelled by field', () => {
    expect(evaluateCondition(c('text', 'includes_phrase', 'docker swarm'), ctx).evidence).toEqual(['description: "Docker Swarm"']);
    expect(evaluateCondition(c('tags', 'includes', 'trial-*'), ctx).evidence).toEqual(['tags: trial-acme']);
  });

  it('is false for stage fields before their stage ran', () => {
    const early = context({ subject: 'x' });
    expect(evaluateCondition(c('severity', 'is', 2), early).matched).toBe(false);
    expect(evaluateCondition(c('flags', 'not_includes', 'x'), early).matched).toBe(false);
  });
});
