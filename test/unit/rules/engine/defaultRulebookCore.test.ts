// The sidebar bundles the default rulebook without the texts nothing it shows needs
// (defaultRulebookCore.generated.json); they come back from defaultRulebookTexts.generated.json.
// Both are generated at build time from defaultRulebook.json: these tests fail when they drift.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORE_PATH, generateRulebookSplitTexts, TEXTS_PATH } from '../../../../scripts/engine-tables/generateRulebookSplit';
import { assess } from '../../../../src/rules/assess';
import { DEFAULT_CONFIG } from '../../../../src/rules/defaultConfig';
import { fromApiTicket } from '../../../../src/rules/normalize';
import { DEFAULT_RULEBOOK } from '../../../../src/rules/rulebook/defaultRulebook';
import { DEFAULT_RULEBOOK_BASE } from '../../../../src/rules/rulebook/defaultRulebookBase';
import { DEFAULT_RULEBOOK_CORE } from '../../../../src/rules/rulebook/defaultRulebookCore';
import { loadDefaultRulebookTexts } from '../../../../src/rules/rulebook/loadDefaultRulebookTexts';
import { loadRulebook } from '../../../../src/rules/rulebook/loadRulebook';
import { localizeRulebook } from '../../../../src/rules/rulebook/localizeRulebook';
import { withRulebookTexts } from '../../../../src/rules/rulebook/rulebookTexts';
import { withDefaultTranslation } from '../../../../src/rules/rulebook/withDefaultTranslation';
import { readJsonLines } from '../../../fixtures/readJsonLines';

const samples = readJsonLines<unknown>('samples/tickets.jsonl');
const now = new Date('2026-11-26T12:00:00Z');

describe("the sidebar's default rulebook core", () => {
  it('is what npm run engine-tables generates from defaultRulebook.json', () => {
    // On failure: run `npm run engine-tables` (or `npm run build`) and commit the result.
    const { core, texts } = generateRulebookSplitTexts();
    expect(readFileSync(CORE_PATH, 'utf8')).toBe(core);
    expect(readFileSync(TEXTS_PATH, 'utf8')).toBe(texts);
  });

  it('with its texts is the whole default rulebook again', async () => {
    const texts = await loadDefaultRulebookTexts();
    expect(texts).not.toBeNull();
    expect(withRulebookTexts(DEFAULT_RULEBOOK_CORE, texts!)).toEqual(DEFAULT_RULEBOOK_BASE);
  });

  it('carries no policy source and no account macro text', () => {
    const rules = [...DEFAULT_RULEBOOK_CORE.owner, ...DEFAULT_RULEBOOK_CORE.severity, ...DEFAULT_RULEBOOK_CORE.flags, ...DEFAULT_RULEBOOK_CORE.macros];
    expect(rules.every((rule) => rule.source === undefined && rule.title !== '' && rule.explanation !== '')).toBe(true);
    expect(DEFAULT_RULEBOOK_CORE.macroLibrary.every((macro) => macro.accountBody === undefined)).toBe(true);
  });

  it('assesses every sample exactly as the whole rulebook does, in English and in German', async () => {
    const germanCore = localizeRulebook(await withDefaultTranslation(DEFAULT_RULEBOOK_CORE, 'de'), 'de');
    const germanWhole = localizeRulebook(DEFAULT_RULEBOOK, 'de');
    for (const sample of samples) {
      const ticket = fromApiTicket(sample);
      expect(assess(ticket, DEFAULT_RULEBOOK_CORE, DEFAULT_CONFIG, now)).toEqual(assess(ticket, DEFAULT_RULEBOOK_BASE, DEFAULT_CONFIG, now));
      expect(assess(ticket, germanCore, DEFAULT_CONFIG, now)).toEqual(assess(ticket, germanWhole, DEFAULT_CONFIG, now));
    }
  });

  it('checks an override, with its texts back, exactly as the whole rulebook does', async () => {
    const texts = await loadDefaultRulebookTexts();
    const override = JSON.stringify({ disable: ['flag.aging-third-week'], macroLibrary: [{ slug: 'extra', title: 'Extra', visibility: 'internal', body: 'Note.' }] });
    expect(loadRulebook(override, withRulebookTexts(DEFAULT_RULEBOOK_CORE, texts!))).toEqual(loadRulebook(override, DEFAULT_RULEBOOK_BASE));
  });
});
