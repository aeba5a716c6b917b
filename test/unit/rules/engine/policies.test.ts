import { checkPriority } from '../../../../src/rules/policies/checkPriority';
import { chooseOwner } from '../../../../src/rules/policies/chooseOwner';
import { chooseSeverity } from '../../../../src/rules/policies/chooseSeverity';
import { collectFlags } from '../../../../src/rules/policies/collectFlags';
import { firstResponseTarget } from '../../../../src/rules/policies/firstResponseTarget';
import { severityToPriority } from '../../../../src/rules/policies/severityToPriority';
import { suggestMacros } from '../../../../src/rules/policies/suggestMacros';
import type { FlagRule, MacroRule, OwnerRule, Priority, Severity, SeverityRule } from '../../../../src/rules/types';
import { context, ticket } from './build';

const ctx = context({ subject: 'help', tags: ['a', 'b'], type: 'bug_report' });
const meta = (id: string) => ({ id, title: id, explanation: id, source: 'test' });
const has = (tag: string) => [{ field: 'tags', operator: 'includes' as const, value: tag }];

describe('first match wins for owner and severity', () => {
  it('owner: the first matching rule decides, later matches are ignored', () => {
    const rules: OwnerRule[] = [
      { ...meta('o1'), all: has('zzz'), owner: 'other' },
      { ...meta('o2'), all: has('a'), owner: 'ce', nextStep: 'call the CE' },
      { ...meta('o3'), all: has('b'), owner: 'cs' },
    ];
    const choice = chooseOwner(rules, ctx);
    expect(choice.owner).toBe('ce');
    expect(choice.reason.ruleId).toBe('o2');
    expect(choice.reason.text).toContain('call the CE');
  });

  it('owner: no match falls back to the ownership table for the request type', () => {
    expect(chooseOwner([], ctx)).toMatchObject({ owner: 'cs', reason: { ruleId: 'owner.default' } });
    expect(chooseOwner([], { ...ctx, requestType: 'licensing' }).owner).toBe('ce');
    expect(chooseOwner([], { ...ctx, requestType: 'non_support' }).owner).toBe('other');
  });

  it('severity: the first matching rule decides', () => {
    const rules: SeverityRule[] = [
      { ...meta('s1'), all: has('b'), severity: 1 },
      { ...meta('s0'), all: has('a'), severity: 0 },
    ];
    expect(chooseSeverity(rules, ctx)).toMatchObject({ severity: 1, reason: { ruleId: 's1' } });
  });

  it('severity: no match gives questions Sev3 and broken things Sev2', () => {
    expect(chooseSeverity([], ctx).severity).toBe(2);
    expect(chooseSeverity([], { ...ctx, requestType: 'how_to' }).severity).toBe(3);
  });
});

describe('collect-all for flags and macros', () => {
  it('flags: every matching rule raises its flag, once, in rulebook order', () => {
    const rules: FlagRule[] = [
      { ...meta('f1'), all: has('b'), flag: 'second' },
      { ...meta('f2'), all: has('zzz'), flag: 'never' },
      { ...meta('f3'), all: has('a'), flag: 'first' },
      { ...meta('f4'), all: has('a'), flag: 'second' },
    ];
    const { flags, reasons } = collectFlags(rules, ctx);
    expect(flags).toEqual(['second', 'first']);
    expect(reasons.map((r) => r.ruleId)).toEqual(['f1', 'f3', 'f4']);
  });

  const library = new Set(['m-low', 'm-mid', 'm-high', 'm-top', 'm-tie']);
  const macroRules: MacroRule[] = [
    { ...meta('m1'), all: has('a'), macro: 'm-low', weight: 10 },
    { ...meta('m2'), all: has('a'), macro: 'm-high', weight: 80 },
    { ...meta('m3'), all: has('zzz'), macro: 'm-top', weight: 100 },
    { ...meta('m4'), all: has('b'), macro: 'm-mid', weight: 50 },
    { ...meta('m5'), all: has('b'), macro: 'm-tie', weight: 50 },
    { ...meta('m6'), all: has('a'), macro: 'm-low', weight: 60 },
    { ...meta('m7'), all: has('a'), macro: 'not-in-library', weight: 999 },
  ];

  it('macros: ranked by weight (ties in rulebook order), a repeated macro keeps its best weight', () => {
    expect(suggestMacros(macroRules, ctx, 10, library).macros).toEqual(['m-high', 'm-low', 'm-mid', 'm-tie']);
  });

  it('macros: capped at the limit, best first', () => {
    expect(suggestMacros(macroRules, ctx, 2, library).macros).toEqual(['m-high', 'm-low']);
    expect(suggestMacros(macroRules, ctx, 0, library).macros).toEqual([]);
  });

  it('macros: a slug missing from the library is never suggested', () => {
    expect(suggestMacros(macroRules, ctx, 10, library).macros).not.toContain('not-in-library');
  });
});

describe('severity, priority and first response', () => {
  it.each<[Severity, Priority]>([
    [0, 'urgent'],
    [1, 'high'],
    [2, 'normal'],
    [3, 'low'],
  ])('Sev%i maps to %s', (severity, priority) => {
    expect(severityToPriority(severity)).toBe(priority);
  });

  it.each([
    [0, 'enterprise', '2 business hours'],
    [1, 'enterprise', '4 business hours'],
    [2, 'enterprise', '8 business hours'],
    [3, 'enterprise', '2 business days'],
    [0, 'premium', '2 business hours, 24x7'],
    [1, 'premium', '4 business hours, 24x7'],
    [2, 'premium', '8 business hours'],
    [3, 'premium', '2 business days'],
    [0, 'other_paid', '1 business day'],
    [1, 'other_paid', '1 business day'],
    [2, 'other_paid', '2 business days'],
    [3, 'other_paid', '3 business days'],
    [0, 'unknown', null],
    [2, 'trial', null],
  ] as const)('Sev%i on %s: %s', (severity, plan, target) => {
    expect(firstResponseTarget(severity, plan)).toBe(target);
  });
});

describe('priorityCheck', () => {
  it.each([
    ['low', 'normal', 'below_guidance'],
    ['urgent', 'low', 'above_guidance'],
    ['high', 'high', 'matches'],
    [null, 'high', 'unset'],
  ] as const)('current %s, suggested %s: %s', (current, suggested, verdict) => {
    expect(checkPriority(ticket({ priority: current }), suggested)).toEqual({ current, suggested, verdict });
  });

  it('is null when the ticket has no priority field at all', () => {
    expect(checkPriority(ticket({}), 'low')).toBeNull();
  });
});
