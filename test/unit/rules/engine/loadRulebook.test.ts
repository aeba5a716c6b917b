import { loadRulebook } from '../../../../src/rules/rulebook/loadRulebook';
import { mergeOverride } from '../../../../src/rules/rulebook/mergeOverride';
import { DEFAULT_RULEBOOK } from '../../../../src/rules/rulebook/defaultRulebook';
import { assessSpec } from './build';

const meta = (id: string) => ({ id, title: id, explanation: `${id} explained`, source: 'account override' });

describe('rulebook overrides', () => {
  it('no override, or a blank one: the defaults, no problems', () => {
    expect(loadRulebook(undefined)).toEqual({ rulebook: DEFAULT_RULEBOOK, problems: [], warnings: [] });
    expect(loadRulebook('  \n')).toEqual({ rulebook: DEFAULT_RULEBOOK, problems: [], warnings: [] });
  });

  it('replaces a rule by id, in place', () => {
    const { rulebook, problems } = loadRulebook(
      JSON.stringify({ owner: [{ ...meta('owner.how-to'), all: [{ field: 'requestType', operator: 'is', value: 'how_to' }], owner: 'ce' }] }),
    );
    expect(problems).toEqual([]);
    const index = DEFAULT_RULEBOOK.owner.findIndex((r) => r.id === 'owner.how-to');
    expect(rulebook.owner[index]).toMatchObject({ id: 'owner.how-to', owner: 'ce' });
    expect(rulebook.owner).toHaveLength(DEFAULT_RULEBOOK.owner.length);
    expect(assessSpec({ type: 'how_to' }, rulebook).owner).toBe('ce');
  });

  it('disables a default rule by id', () => {
    const { rulebook } = loadRulebook(JSON.stringify({ disable: ['flag.aging-third-week'] }));
    const old = { type: 'troubleshooting' as const, createdAt: '2026-10-01T00:00:00Z' };
    expect(assessSpec(old).flags).toContain('aging:third-week');
    expect(assessSpec(old, rulebook).flags).not.toContain('aging:third-week');
  });

  it('adds rules: owner and severity rules go first, flags and macros (with their library entry) last', () => {
    const { rulebook, problems } = loadRulebook(
      JSON.stringify({
        owner: [{ ...meta('acme.vip-owner'), all: [{ field: 'tags', operator: 'includes', value: 'vip' }], owner: 'ce' }],
        flags: [{ ...meta('acme.vip'), all: [{ field: 'tags', operator: 'includes', value: 'vip' }], flag: 'vip' }],
        macros: [{ ...meta('acme.vip-macro'), all: [{ field: 'flags', operator: 'includes', value: 'vip' }], macro: 'vip-hello', weight: 1000 }],
        macroLibrary: [{ slug: 'vip-hello', title: 'VIP hello', visibility: 'internal', body: 'Handle with care.' }],
      }),
    );
    expect(problems).toEqual([]);
    expect(rulebook.owner[0]?.id).toBe('acme.vip-owner');
    expect(rulebook.flags.at(-1)?.id).toBe('acme.vip');
    const assessment = assessSpec({ type: 'bug_report', tags: ['vip'] }, rulebook);
    expect(assessment).toMatchObject({ owner: 'ce' });
    expect(assessment.flags).toContain('vip');
    expect(assessment.macros[0]).toBe('vip-hello');
  });

  it('a broken override is reported and the defaults are used', () => {
    const { rulebook, problems } = loadRulebook('{"flags": [{"id": "x"}]');
    expect(rulebook).toBe(DEFAULT_RULEBOOK);
    expect(problems[0]?.message).toMatch(/not valid JSON/);
    const invalid = loadRulebook(JSON.stringify({ disable: ['nope'] }));
    expect(invalid.rulebook).toBe(DEFAULT_RULEBOOK);
    expect(invalid.problems).toEqual([{ path: '$.disable[0]', message: 'no rule has the id "nope"' }]);
  });

  it('mergeOverride leaves its inputs unchanged', () => {
    const before = JSON.stringify(DEFAULT_RULEBOOK);
    mergeOverride(DEFAULT_RULEBOOK, { disable: ['owner.how-to'] });
    expect(JSON.stringify(DEFAULT_RULEBOOK)).toBe(before);
  });
});
