import { evaluateRule } from '../../../../src/rules/evaluate/evaluateRule';
import type { RuleBase } from '../../../../src/rules/types';
import { context } from './build';

const ctx = context({ subject: 'Docker Swarm crash', tags: ['vip'], type: 'deployment_error' });
const base = { id: 'r', title: 't', explanation: 'e', source: 's' };
const yes = { field: 'tags', operator: 'includes', value: 'vip' } as const;
const no = { field: 'tags', operator: 'includes', value: 'gold' } as const;
const rule = (r: Partial<RuleBase>): RuleBase => ({ ...base, ...r });

describe('evaluateRule: all and any, as in Zendesk triggers', () => {
  it.each<[string, Partial<RuleBase>, boolean]>([
    ['all true', { all: [yes, yes] }, true],
    ['one of all false', { all: [yes, no] }, false],
    ['any: one true is enough', { any: [no, yes] }, true],
    ['any: none true', { any: [no, no] }, false],
    ['all true but any none', { all: [yes], any: [no] }, false],
    ['all true and any one', { all: [yes], any: [no, yes] }, true],
    ['empty any is ignored', { all: [yes], any: [] }, true],
    ['no conditions: a catch-all', {}, true],
    ['disabled never matches', { all: [yes], disabled: true }, false],
  ])('%s', (_name, r, expected) => {
    expect(evaluateRule(rule(r), ctx).matched).toBe(expected);
  });

  it('gathers evidence from every matching condition, without repeats', () => {
    const result = evaluateRule(rule({ all: [yes, yes], any: [{ field: 'subject', operator: 'includes_phrase', value: 'docker swarm' }] }), ctx);
    expect(result.evidence).toEqual(['tags: vip', 'subject: "Docker Swarm"']);
  });
});
