// The sidebar's default rulebook core lacks each rule's title, explanation and policy source (and
// the macros' account texts); withRulebookTexts puts them back by id, filling only what a rule
// lacks: an override's own rule keeps its words, and a German agent keeps the German words.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULEBOOK_BASE } from '../../../../src/rules/rulebook/defaultRulebookBase';
import { DEFAULT_RULEBOOK_CORE } from '../../../../src/rules/rulebook/defaultRulebookCore';
import { loadDefaultRulebookTexts } from '../../../../src/rules/rulebook/loadDefaultRulebookTexts';
import { loadRulebook } from '../../../../src/rules/rulebook/loadRulebook';
import { localizeRulebook } from '../../../../src/rules/rulebook/localizeRulebook';
import { splitRulebookTexts, withRulebookTexts, type RulebookTexts } from '../../../../src/rules/rulebook/rulebookTexts';
import { withDefaultTranslation } from '../../../../src/rules/rulebook/withDefaultTranslation';
import type { Rulebook } from '../../../../src/rules/types';

const HOW_TO = 'owner.how-to';
const texts = async (): Promise<RulebookTexts> => {
  const loaded = await loadDefaultRulebookTexts();
  if (loaded === null) throw new Error('the texts chunk did not load');
  return loaded;
};
const ownerRule = (rulebook: Rulebook, id: string) => rulebook.owner.find((rule) => rule.id === id);
const englishHowTo = ownerRule(DEFAULT_RULEBOOK_BASE, HOW_TO)!;

describe('splitting the rule texts out and filling them back', () => {
  it('moves every rule title, explanation and source into the texts, by id', () => {
    const { core, texts } = splitRulebookTexts(DEFAULT_RULEBOOK_BASE);
    expect(ownerRule(core, HOW_TO)).not.toHaveProperty('title');
    expect(texts.rules[HOW_TO]).toEqual({ title: englishHowTo.title, explanation: englishHowTo.explanation, source: englishHowTo.source });
    expect(withRulebookTexts(core, texts)).toEqual(DEFAULT_RULEBOOK_BASE);
  });

  it('gives back the same rulebook when it lacks nothing', async () => {
    expect(withRulebookTexts(DEFAULT_RULEBOOK_BASE, await texts())).toBe(DEFAULT_RULEBOOK_BASE);
    const complete = withRulebookTexts(DEFAULT_RULEBOOK_CORE, await texts());
    expect(withRulebookTexts(complete, await texts())).toBe(complete);
  });

  it('keeps the German words of a German agent, and fills in English only what German lacks', async () => {
    // The sidebar without an override: the core in German first, its texts after the first paint.
    const withGerman = await withDefaultTranslation(DEFAULT_RULEBOOK_CORE, 'de');
    const german = withGerman.translations!.de!.rules![HOW_TO]!;
    const partlyGerman: Rulebook = {
      ...withGerman,
      translations: { de: { rules: { ...withGerman.translations!.de!.rules, [HOW_TO]: { explanation: german.explanation } } } },
    };
    const filled = withRulebookTexts(localizeRulebook(withGerman, 'de'), await texts());
    expect(ownerRule(filled, HOW_TO)).toMatchObject({ title: german.title, explanation: german.explanation, source: englishHowTo.source });
    const partly = withRulebookTexts(localizeRulebook(partlyGerman, 'de'), await texts());
    expect(ownerRule(partly, HOW_TO)).toMatchObject({ title: englishHowTo.title, explanation: german.explanation });
  });

  it("keeps an override's own words for a rule it replaces, whenever the texts arrive", async () => {
    const own = { ...englishHowTo, title: 'Our how-to', explanation: 'Our way of answering how-to questions.', source: 'our policy' };
    const override = JSON.stringify({ owner: [own] });
    // With an override the session fills the texts in before merging it; if they could not be
    // fetched then, the panel fills them in after the first paint, over the merged rulebook.
    const before = loadRulebook(override, withRulebookTexts(DEFAULT_RULEBOOK_CORE, await texts()));
    const after = withRulebookTexts(loadRulebook(override, DEFAULT_RULEBOOK_CORE).rulebook, await texts());
    for (const rulebook of [before.rulebook, after]) {
      expect(ownerRule(rulebook, HOW_TO)).toMatchObject({ title: 'Our how-to', explanation: 'Our way of answering how-to questions.', source: 'our policy' });
      expect(ownerRule(rulebook, 'owner.licensing')?.title).toBe(ownerRule(DEFAULT_RULEBOOK_BASE, 'owner.licensing')?.title);
    }
    expect(before.problems).toEqual([]);
  });

  it("with an override, a German agent still reads the German words of the rules it leaves alone", async () => {
    const override = JSON.stringify({ disable: ['flag.aging-third-week'] });
    const defaults = withRulebookTexts(await withDefaultTranslation(DEFAULT_RULEBOOK_CORE, 'de'), await texts());
    const german = localizeRulebook(loadRulebook(override, defaults).rulebook, 'de');
    expect(ownerRule(german, HOW_TO)?.title).toBe(defaults.translations!.de!.rules![HOW_TO]!.title);
    expect(ownerRule(german, HOW_TO)?.title).not.toBe(englishHowTo.title);
  });
});
