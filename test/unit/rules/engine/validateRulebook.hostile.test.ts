// Overrides that pass a naive check but misbehave once used: each is refused (or, for a rule that
// matches everything, warned about), with a message naming the rule and its section.
import { loadRulebook } from '../../../../src/rules/rulebook/loadRulebook';
import { loadRulebookForReview } from '../../../../src/rules/rulebook/loadRulebookForReview';
import { DEFAULT_RULEBOOK } from '../../../../src/rules/rulebook/defaultRulebook';
import { validateRulebook } from '../../../../src/rules/rulebook/validateRulebook';
import { apiTicket, assessSpec, NOW } from './build';
import { assess } from '../../../../src/rules/assess';
import { DEFAULT_CONFIG } from '../../../../src/rules/defaultConfig';
import { fromApiTicket } from '../../../../src/rules/normalize/index';

const meta = (id: string) => ({ id, title: id, explanation: `${id} explained`, source: 'account override' });
const condition = (field: string, operator: string, value?: unknown) => ({ field, operator, ...(value === undefined ? {} : { value }) });
const load = (override: unknown) => loadRulebook(JSON.stringify(override));
const errorsOf = (override: unknown) => load(override).problems;
const catchAll = (warning: { message: string }) => warning.message.includes('sample tickets');

describe('the validator refuses rules that would misbehave', () => {
  it('a rule with no conditions, which would make every ticket Sev 0', () => {
    const { rulebook, problems } = load({ severity: [{ ...meta('severity.everything'), severity: 0 }] });
    expect(problems).toEqual([{ path: '$.severity[0]', message: expect.stringMatching(/^severity rule "severity\.everything": the rule has no conditions/) }]);
    expect(rulebook).toBe(DEFAULT_RULEBOOK);
    expect(assessSpec({ type: 'how_to' }, rulebook).severity).not.toBe(0);
    expect(errorsOf({ flags: [{ ...meta('flag.all'), all: [], flag: 'everything' }] })).toEqual([expect.objectContaining({ path: '$.flags[0]' })]);
  });

  it('an empty "any", which the engine would ignore', () => {
    expect(errorsOf({ severity: [{ ...meta('severity.empty-any'), all: [condition('plan', 'is', 'premium')], any: [], severity: 0 }] })).toEqual([
      { path: '$.severity[0].any', message: expect.stringMatching(/^severity rule "severity\.empty-any": "any" is empty/) },
    ]);
  });

  it('keeps the catch-all that ends a full rulebook, and a replacement of the default catch-all', () => {
    expect(validateRulebook(DEFAULT_RULEBOOK)).toEqual([]);
    const catchAll = DEFAULT_RULEBOOK.severity.find((rule) => rule.all === undefined && rule.any === undefined)!;
    expect(errorsOf({ severity: [{ ...catchAll, severity: 2 }] })).toEqual([]);
    const middle = { ...DEFAULT_RULEBOOK, severity: [{ ...catchAll, id: 'severity.first' }, ...DEFAULT_RULEBOOK.severity] };
    expect(validateRulebook(middle)).toEqual([expect.objectContaining({ path: '$.severity[0]' })]);
  });

  it.each(['(a+)+$', 'a', '?!', 'I .'])('a phrase with no words in it: %s', (phrase) => {
    const problems = errorsOf({ flags: [{ ...meta('flag.pattern'), all: [condition('text', 'includes_phrase', [phrase])], flag: 'pattern' }] });
    expect(problems).toEqual([{ path: '$.flags[0].all[0].value[0]', message: expect.stringMatching(/^flags rule "flag\.pattern": a phrase .* (has no words in it|has no letters or digits)/) }]);
  });

  it('says a phrase that looks like a pattern is not one; real words pass', () => {
    const [problem] = errorsOf({ flags: [{ ...meta('flag.pattern'), any: [condition('text', 'includes_words', '(a+)+$')], flag: 'pattern' }] });
    expect(problem?.message).toMatch(/not regular expressions/);
    expect(errorsOf({ flags: [{ ...meta('flag.ok'), any: [condition('text', 'includes_phrase', ['a k8s cluster', 'v5', 'C 1'])], flag: 'ok' }] })).toEqual([]);
  });

  it.each(['custom_fields.constructor', 'organization.fields.toString', 'custom_fields.__proto__', 'organization.fields.hasOwnProperty'])(
    'a field name that is a built-in object member: %s',
    (field) => {
      expect(errorsOf({ flags: [{ ...meta('flag.builtin'), all: [condition(field, 'present')], flag: 'builtin' }] })).toEqual([
        { path: '$.flags[0].all[0].field', message: expect.stringMatching(/^flags rule "flag\.builtin": ".+" in ".+" is a name every JavaScript object has built in/) },
      ]);
    },
  );

  it('the evaluator reads only a ticket\'s own fields, never inherited members', () => {
    // Even if such a rule reached the engine (an older validator, a hand-built rulebook).
    const rulebook = {
      ...DEFAULT_RULEBOOK,
      flags: [
        { ...meta('flag.ctor'), all: [condition('custom_fields.constructor', 'present')], flag: 'ctor' },
        { ...meta('flag.tostring'), all: [condition('organization.fields.toString', 'present')], flag: 'tostring' },
        { ...meta('flag.real'), all: [condition('organization.fields.support_plan', 'present')], flag: 'real' },
      ],
    } as typeof DEFAULT_RULEBOOK;
    const assessment = assess(fromApiTicket(apiTicket({ type: 'how_to' })), rulebook, DEFAULT_CONFIG, NOW);
    expect(assessment.flags).toEqual(['real']);
  });

  it.each<[string, string, string]>([
    ['owner', 'severity', 'owner'],
    ['owner', 'owner', 'owner'],
    ['severity', 'flags', 'severity'],
    ['flags', 'flags', 'flags'],
    ['flags', 'bestEffort', 'flags'],
  ])('a %s rule reading "%s", which it can never see', (section, field) => {
    const rule = { ...meta(`${section}.blind`), all: [condition(field, 'present')], ...{ owner: { owner: 'ce' }, severity: { severity: 1 }, flags: { flag: 'blind' } }[section] };
    expect(errorsOf({ [section]: [rule] })).toEqual([
      { path: `$.${section}[0].all[0].field`, message: expect.stringMatching(new RegExp(`^${section} rule "${section}\\.blind": ${section} rules run before "${field}" is decided`)) },
    ]);
  });

  it('fields decided earlier are readable: severity rules read the owner, flag rules the severity, macro rules the flags', () => {
    expect(errorsOf({ severity: [{ ...meta('severity.ce'), all: [condition('owner', 'is', 'ce')], severity: 2 }] })).toEqual([]);
    expect(errorsOf({ flags: [{ ...meta('flag.sev0'), all: [condition('severity', 'is', 0)], flag: 'sev0-extra' }] })).toEqual([]);
    expect(errorsOf({ macros: [{ ...meta('macro.flags'), all: [condition('flags', 'includes', 'sev0-check')], macro: 'sev0-scope-check', weight: 1 }] })).toEqual([]);
  });

  it('an id of a default rule of another section', () => {
    const ownerId = DEFAULT_RULEBOOK.owner[0]!.id;
    expect(errorsOf({ flags: [{ ...meta(ownerId), all: [condition('plan', 'is', 'trial')], flag: 'trial' }] })).toEqual([
      { path: '$.flags[0].id', message: expect.stringMatching(new RegExp(`^flags rule "${ownerId.replace(/\./g, '\\.')}": id ".+" belongs to a default owner rule`)) },
    ]);
  });

  it('names a rule without an id by its section and number', () => {
    expect(errorsOf({ flags: [{ title: 't', explanation: 'e', source: 's', all: [condition('plan', 'is', 'trial')], flag: 'x' }] })).toEqual([
      { path: '$.flags[0].id', message: expect.stringMatching(/^flags rule 1 \(no id\): missing "id"/) },
    ]);
  });
});

describe('a rule that matches every sample ticket', () => {
  // The admin's commands review an override with this check; the sidebar's loadRulebook skips it.
  const review = (override: unknown) => loadRulebookForReview(JSON.stringify(override));

  it('is used, with a warning that names it', () => {
    const { rulebook, problems, warnings } = review({ flags: [{ ...meta('flag.no-zzz'), all: [condition('text', 'not_includes_words', 'zzzqqq')], flag: 'no-zzz' }] });
    expect(problems).toEqual([]);
    // Only the catch-all warning: the default rulebook's German would add missing-translation ones.
    expect(warnings.filter(catchAll)).toEqual([{ path: '$.flags[0]', message: expect.stringMatching(/^flags rule "flag\.no-zzz" matches every one of the 16 sample tickets/) }]);
    expect(rulebook).not.toBe(DEFAULT_RULEBOOK);
    expect(assessSpec({ type: 'how_to' }, rulebook).flags).toContain('no-zzz');
  });

  it('a narrower rule gets no warning', () => {
    const { problems, warnings } = review({ flags: [{ ...meta('flag.premium'), all: [condition('plan', 'is', 'premium')], flag: 'premium' }] });
    expect(problems).toEqual([]);
    expect(warnings.filter(catchAll)).toEqual([]);
  });

  it('is found by the review only: loading for the sidebar gives the same rulebook without the check', () => {
    const override = { flags: [{ ...meta('flag.no-zzz'), all: [condition('text', 'not_includes_words', 'zzzqqq')], flag: 'no-zzz' }] };
    const reviewed = review(override);
    const loaded = load(override);
    expect(loaded.rulebook).toEqual(reviewed.rulebook);
    expect(loaded.warnings).toEqual(reviewed.warnings.filter((warning) => !catchAll(warning)));
    expect(loaded.warnings.filter(catchAll)).toEqual([]);
  });

  it('a broken or empty override: the review gives what loadRulebook gives', () => {
    for (const text of [undefined, ' ', '{"flags": [', JSON.stringify({ severity: [{ ...meta('severity.everything'), severity: 0 }] })]) {
      expect(loadRulebookForReview(text)).toEqual(loadRulebook(text));
    }
  });
});
