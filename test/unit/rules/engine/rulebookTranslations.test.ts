// The rulebook carries its words in other languages: German for the default rulebook, any locale
// from an override. A missing translation is a warning (the rule's own words are shown), a
// translation of the wrong shape an error.
import { assess } from '../../../../src/rules/assess';
import { DEFAULT_CONFIG } from '../../../../src/rules/defaultConfig';
import { fromApiTicket } from '../../../../src/rules/normalize/index';
import { DEFAULT_RULEBOOK } from '../../../../src/rules/rulebook/defaultRulebook';
import { findMissingTranslations } from '../../../../src/rules/rulebook/findMissingTranslations';
import { loadRulebook } from '../../../../src/rules/rulebook/loadRulebook';
import { localizeRulebook } from '../../../../src/rules/rulebook/localizeRulebook';
import { validateRulebook } from '../../../../src/rules/rulebook/validateRulebook';
import { apiTicket, NOW } from './build';

const meta = (id: string) => ({ id, title: `${id} title`, explanation: `${id} explained`, source: 'account override' });

describe('rulebook translations', () => {
  it('the default rulebook is complete in German', () => {
    expect(findMissingTranslations(DEFAULT_RULEBOOK)).toEqual([]);
    expect(validateRulebook({ ...DEFAULT_RULEBOOK })).toEqual([]);
  });

  it('localizes titles, explanations, next steps and macros by the agent locale, language as fallback', () => {
    const german = localizeRulebook(DEFAULT_RULEBOOK, 'de-AT');
    expect(german.owner.find((rule) => rule.id === 'owner.how-to')?.nextStep).toMatch(/^CS ist verantwortlich/);
    expect(german.macroLibrary.find((m) => m.slug === 'ce-feature-request')).toMatchObject({ title: 'Funktionswunsch', language: 'de-AT' });
    expect(localizeRulebook(DEFAULT_RULEBOOK, 'ja')).toBe(DEFAULT_RULEBOOK);
    expect(localizeRulebook(DEFAULT_RULEBOOK, 'en')).toBe(DEFAULT_RULEBOOK);
  });

  it('assessing with the localized rulebook decides the same, with reasons in German', () => {
    const ticket = fromApiTicket(apiTicket({ subject: 'Frontend crashes on Docker Swarm', description: 'docker stack deploy on a swarm cluster; the frontend restarts' }));
    const english = assess(ticket, DEFAULT_RULEBOOK, DEFAULT_CONFIG, NOW);
    const german = assess(ticket, localizeRulebook(DEFAULT_RULEBOOK, 'de'), DEFAULT_CONFIG, NOW);
    expect({ ...german, reasons: [] }).toEqual({ ...english, reasons: [] });
    expect(german.reasons.find((r) => r.field === 'flag:best-effort:docker-swarm')?.text).toContain('Der Swarm-Modus wird nicht unterstützt');
  });

  it('warns about each text an override language lacks, and about new rules without German', () => {
    const { problems, warnings, rulebook } = loadRulebook(
      JSON.stringify({
        flags: [{ ...meta('flag.vip'), all: [{ field: 'tags', operator: 'includes', value: 'vip' }], flag: 'vip' }],
        translations: { fr: { rules: { 'owner.how-to': { title: 'Question pratique' } } } },
      }),
    );
    expect(problems).toEqual([]);
    expect(warnings.some((w) => w.message.includes('rule "flag.vip" has no de translation of title, explanation'))).toBe(true);
    expect(warnings.some((w) => w.message.includes('rule "owner.how-to" has no fr translation of explanation, nextStep'))).toBe(true);
    expect(warnings.some((w) => w.message.includes('macro "ce-feature-request" has no fr translation of title, body'))).toBe(true);
    expect(localizeRulebook(rulebook, 'fr-CA').owner.find((r) => r.id === 'owner.how-to')?.title).toBe('Question pratique');
  });

  it('drops the default German of a rule an override rewords, so no stale words are shown', () => {
    const { rulebook, warnings } = loadRulebook(
      JSON.stringify({ macroLibrary: [{ slug: 'ce-feature-request', title: 'Product idea', visibility: 'public', body: 'Thanks!' }] }),
    );
    const german = localizeRulebook(rulebook, 'de');
    expect(german.macroLibrary.find((m) => m.slug === 'ce-feature-request')).toMatchObject({ title: 'Product idea', body: 'Thanks!' });
    expect(warnings.map((w) => w.message)).toContain(
      'macro "ce-feature-request" has no de translation of title, body; agents using de see it untranslated',
    );
  });

  it('rejects translations of the wrong shape with a path', () => {
    const problems = validateRulebook(
      JSON.stringify({ translations: { de: { rules: { 'owner.how-to': { title: 3, tone: 'x' } } }, 'not a locale': {} } }),
      { mode: 'override' },
    );
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        '$.translations.de.rules.owner.how-to.title',
        '$.translations.de.rules.owner.how-to.tone',
        '$.translations.not a locale',
      ]),
    );
  });

  it('rejects an account body with slots, and a status Zendesk does not have', () => {
    const problems = validateRulebook(
      JSON.stringify({ macroLibrary: [{ slug: 'x', title: 'X', visibility: 'public', body: 'On {{version}}', accountBody: 'On {{version}}', status: 'closed' }] }),
      { mode: 'override' },
    );
    expect(problems.map((p) => p.path)).toEqual(['$.macroLibrary[0].accountBody', '$.macroLibrary[0].status']);
  });
});
