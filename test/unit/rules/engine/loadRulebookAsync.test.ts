import { describe, expect, it } from 'vitest';
import { DEFAULT_RULEBOOK } from '../../../../src/rules/rulebook/defaultRulebook';
import { DEFAULT_RULEBOOK_BASE } from '../../../../src/rules/rulebook/defaultRulebookBase';
import { defaultRulebookFor } from '../../../../src/rules/rulebook/defaultRulebookFor';
import { loadRulebook } from '../../../../src/rules/rulebook/loadRulebook';
import { loadRulebookAsync } from '../../../../src/rules/rulebook/loadRulebookAsync';

// The sidebar's loader must give the same answer as the synchronous one the CLI uses; it only
// fetches the validator later.
describe('loadRulebookAsync', () => {
  it('no override, or a blank one: the defaults themselves, no problems', async () => {
    for (const text of [undefined, '', '  \n']) {
      const loaded = await loadRulebookAsync(text);
      expect(loaded.problems).toEqual([]);
      // The sidebar's defaults carry no other language until an agent needs one.
      expect(loaded.rulebook).toBe(DEFAULT_RULEBOOK_BASE);
    }
  });

  it('a valid override: the same merged rulebook as loadRulebook', async () => {
    const override = JSON.stringify({
      disable: ['flag.aging-third-week'],
      flags: [
        {
          id: 'acme.vip',
          title: 'VIP',
          explanation: 'VIP customer',
          source: 'account override',
          all: [{ field: 'tags', operator: 'includes', value: 'vip' }],
          flag: 'vip',
        },
      ],
    });
    const loaded = await loadRulebookAsync(override, DEFAULT_RULEBOOK);
    expect(loaded.problems).toEqual([]);
    expect(loaded).toEqual(loadRulebook(override));
    expect(loaded.rulebook.flags.map((rule) => rule.id)).toContain('acme.vip');
  });

  it('a broken override: the defaults and the same problems as loadRulebook', async () => {
    for (const text of ['{ "flags": [', JSON.stringify({ flags: [{ id: 'x', all: [{ field: 'tags', operator: 'includes_words', value: 'x' }] }] })]) {
      const loaded = await loadRulebookAsync(text, DEFAULT_RULEBOOK);
      expect(loaded.rulebook).toBe(DEFAULT_RULEBOOK);
      expect(loaded.problems.length).toBeGreaterThan(0);
      expect(loaded).toEqual(loadRulebook(text));
    }
  });

  it('uses the defaults it is given', async () => {
    const defaults = { ...DEFAULT_RULEBOOK, flags: [] };
    expect((await loadRulebookAsync(undefined, defaults)).rulebook).toBe(defaults);
    expect((await loadRulebookAsync(JSON.stringify({ disable: [] }), defaults)).rulebook.flags).toEqual([]);
  });

  it('fetches the default German only for a German agent, the same words the dry run uses', async () => {
    expect(await defaultRulebookFor('en-US')).toBe(DEFAULT_RULEBOOK_BASE);
    expect(await defaultRulebookFor(null)).toBe(DEFAULT_RULEBOOK_BASE);
    expect((await defaultRulebookFor('de_CH')).translations).toEqual(DEFAULT_RULEBOOK.translations);
  });
});
