import { DEFAULT_RULEBOOK } from '../../../../src/rules/rulebook/defaultRulebook';
import { validateRulebook } from '../../../../src/rules/rulebook/validateRulebook';

const meta = { id: 'x.rule', title: 'T', explanation: 'E', source: 'S' };
/** An override with one flag rule made of `rule` fields. */
const flagOverride = (rule: Record<string, unknown>) => ({ flags: [{ ...meta, flag: 'f', ...rule }] });
const override = (doc: unknown) =>
  validateRulebook(doc, { mode: 'override', knownMacros: ['known-macro'], knownIds: ['owner.how-to'] });

describe('validateRulebook', () => {
  it('accepts the default rulebook', () => {
    expect(validateRulebook(DEFAULT_RULEBOOK)).toEqual([]);
  });

  it.each<[string, unknown, string, RegExp]>([
    ['unknown operator', flagOverride({ all: [{ field: 'subject', operator: 'contains', value: 'x' }] }), '$.flags[0].all[0].operator', /unknown operator "contains"; use one of is, is_not/],
    ['unknown field', flagOverride({ any: [{ field: 'subjekt', operator: 'is', value: 'x' }] }), '$.flags[0].any[0].field', /unknown field "subjekt"/],
    ['operator that does not fit the field', flagOverride({ all: [{ field: 'tags', operator: 'includes_words', value: 'x' }] }), '$.flags[0].all[0].operator', /does not apply to tags/],
    ['ordering a field that has no order', flagOverride({ all: [{ field: 'status', operator: 'less_than', value: 'open' }] }), '$.flags[0].all[0].operator', /does not apply to status/],
    ['wrong value type: number as text', flagOverride({ all: [{ field: 'ageDays', operator: 'greater_than', value: '14' }] }), '$.flags[0].all[0].value', /needs a number/],
    ['wrong value type: boolean as text', flagOverride({ all: [{ field: 'isManaged', operator: 'is', value: 'true' }] }), '$.flags[0].all[0].value', /true or false/],
    ['value on present', flagOverride({ all: [{ field: 'tags', operator: 'present', value: 'x' }] }), '$.flags[0].all[0].value', /takes no value/],
    ['missing value', flagOverride({ all: [{ field: 'subject', operator: 'includes_phrase' }] }), '$.flags[0].all[0].value', /needs a phrase/],
    ['empty word list', flagOverride({ all: [{ field: 'text', operator: 'includes_words', value: [] }] }), '$.flags[0].all[0].value', /at least one/],
    ['phrase with no letters', flagOverride({ all: [{ field: 'text', operator: 'includes_phrase', value: '!!!' }] }), '$.flags[0].all[0].value', /no letters or digits/],
    ['unknown enum value', flagOverride({ all: [{ field: 'requestType', operator: 'is', value: 'bug' }] }), '$.flags[0].all[0].value', /requestType has no value "bug"/],
    ['bad priority to compare', flagOverride({ all: [{ field: 'priority', operator: 'less_than', value: 'p1' }] }), '$.flags[0].all[0].value', /one of low, normal, high, urgent/],
    ['bad version to compare', flagOverride({ all: [{ field: 'productVersion', operator: 'less_than', value: 'five' }] }), '$.flags[0].all[0].value', /needs a version/],
    ['condition not an object', flagOverride({ all: ['subject contains x'] }), '$.flags[0].all[0]', /must be an object/],
    ['conditions not a list', flagOverride({ all: { field: 'subject' } }), '$.flags[0].all', /must be a list/],
    ['missing id', { flags: [{ title: 'T', explanation: 'E', source: 'S', flag: 'f' }] }, '$.flags[0].id', /missing "id"/],
    ['missing title', { flags: [{ ...meta, title: '', flag: 'f' }] }, '$.flags[0].title', /missing "title"/],
    ['missing explanation', { flags: [{ ...meta, explanation: undefined, flag: 'f' }] }, '$.flags[0].explanation', /missing "explanation"/],
    ['missing source', { flags: [{ ...meta, source: ' ', flag: 'f' }] }, '$.flags[0].source', /missing "source"/],
    ['duplicate id', { flags: [{ ...meta, flag: 'f' }, { ...meta, flag: 'g' }] }, '$.flags[1].id', /duplicate id "x.rule"/],
    ['unknown owner', { owner: [{ ...meta, owner: 'sales' }] }, '$.owner[0].owner', /unknown owner "sales"; use one of cs, ce, other/],
    ['severity out of range', { severity: [{ ...meta, severity: 4 }] }, '$.severity[0].severity', /0, 1, 2 or 3/],
    ['flag that is not a slug', { flags: [{ ...meta, flag: 'Needs Env' }] }, '$.flags[0].flag', /slug/],
    ['macro missing from the library', { macros: [{ ...meta, macro: 'nope', weight: 1 }] }, '$.macros[0].macro', /"nope" is not in macroLibrary/],
    ['macro weight not a number', { macros: [{ ...meta, macro: 'known-macro', weight: 'high' }] }, '$.macros[0].weight', /must be a number/],
    ['library entry with bad visibility', { macroLibrary: [{ slug: 'm', title: 'T', body: 'B', visibility: 'private' }] }, '$.macroLibrary[0].visibility', /public.*internal/],
    ['duplicate library slug', { macroLibrary: [{ slug: 'm', title: 'T', body: 'B', visibility: 'public' }, { slug: 'm', title: 'T', body: 'B', visibility: 'public' }] }, '$.macroLibrary[1].slug', /duplicate macro slug/],
    ['unknown key on a rule (a typo)', flagOverride({ explaination: 'x' }), '$.flags[0].explaination', /unknown key "explaination"/],
    ['unknown top-level key', { rules: [] }, '$.rules', /unknown key "rules"/],
    ['section not a list', { owner: {} }, '$.owner', /must be a list of rules/],
    ['disable with an unknown id', { disable: ['owner.how-to', 'no.such.rule'] }, '$.disable[1]', /no rule has the id "no.such.rule"/],
    ['not an object at all', [1, 2], '$', /must be a JSON object/],
  ])('%s', (_name, doc, path, message) => {
    const problems = override(doc);
    expect(problems.find((p) => p.path === path)?.message, JSON.stringify(problems, null, 1)).toMatch(message);
  });

  it('reports bad JSON with its line and column', () => {
    const problems = validateRulebook('{\n  "flags": [\n    {"id": "x",}\n  ]\n}', { mode: 'override' });
    expect(problems).toEqual([{ path: '$', message: expect.stringMatching(/not valid JSON at line 3, column 16/) }]);
  });

  it('returns every problem at once, not just the first', () => {
    const problems = override({ flags: [{ flag: 'BAD FLAG', all: [{ field: 'x', operator: 'y' }] }], severity: [{ ...meta, id: 's', severity: -1 }] });
    expect(problems.length).toBeGreaterThanOrEqual(7);
  });

  it('a full rulebook needs version, every section and a library', () => {
    const paths = validateRulebook({ owner: [] }).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['$.version', '$.severity', '$.flags', '$.macros', '$.macroLibrary']));
  });
});
