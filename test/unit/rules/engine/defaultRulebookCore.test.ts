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
import type { Assessment } from '../../../../src/rules/types';
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

  it('carries no rule title, explanation or policy source and no account macro text, but every next step, slot and macro text', () => {
    const rules = [...DEFAULT_RULEBOOK_CORE.owner, ...DEFAULT_RULEBOOK_CORE.severity, ...DEFAULT_RULEBOOK_CORE.flags, ...DEFAULT_RULEBOOK_CORE.macros];
    expect(rules.every((rule) => rule.title === undefined && rule.explanation === undefined && rule.source === undefined)).toBe(true);
    expect(DEFAULT_RULEBOOK_CORE.macroLibrary.every((macro) => macro.accountBody === undefined)).toBe(true);
    // What the first paint shows (SummarySection's next step, MacroItem's preview) stays in.
    expect(DEFAULT_RULEBOOK_CORE.owner.map((rule) => rule.nextStep)).toEqual(DEFAULT_RULEBOOK_BASE.owner.map((rule) => rule.nextStep));
    expect(DEFAULT_RULEBOOK_CORE.flags.map((rule) => rule.slots)).toEqual(DEFAULT_RULEBOOK_BASE.flags.map((rule) => rule.slots));
    expect(DEFAULT_RULEBOOK_CORE.macroLibrary.map(({ title, body }) => ({ title, body }))).toEqual(
      DEFAULT_RULEBOOK_BASE.macroLibrary.map(({ title, body }) => ({ title, body })),
    );
  });

  it('decides every sample exactly as the whole rulebook does, and with its texts back gives the same reasons, in English and in German', async () => {
    const texts = (await loadDefaultRulebookTexts())!;
    // The sidebar's order: German words first, the texts after the first paint fill only what is left.
    const germanCore = localizeRulebook(await withDefaultTranslation(DEFAULT_RULEBOOK_CORE, 'de'), 'de');
    const germanWhole = localizeRulebook(DEFAULT_RULEBOOK, 'de');
    const decisions = ({ reasons, ...rest }: Assessment) => ({ ...rest, ruleIds: reasons.map((reason) => reason.ruleId) });
    for (const sample of samples) {
      const ticket = fromApiTicket(sample);
      const whole = assess(ticket, DEFAULT_RULEBOOK_BASE, DEFAULT_CONFIG, now);
      const wholeGerman = assess(ticket, germanWhole, DEFAULT_CONFIG, now);
      expect(decisions(assess(ticket, DEFAULT_RULEBOOK_CORE, DEFAULT_CONFIG, now))).toEqual(decisions(whole));
      expect(assess(ticket, withRulebookTexts(DEFAULT_RULEBOOK_CORE, texts), DEFAULT_CONFIG, now)).toEqual(whole);
      expect(decisions(assess(ticket, germanCore, DEFAULT_CONFIG, now))).toEqual(decisions(wholeGerman));
      expect(assess(ticket, withRulebookTexts(germanCore, texts), DEFAULT_CONFIG, now)).toEqual(wholeGerman);
    }
  });

  it('checks an override, with its texts back, exactly as the whole rulebook does', async () => {
    const texts = await loadDefaultRulebookTexts();
    const override = JSON.stringify({ disable: ['flag.aging-third-week'], macroLibrary: [{ slug: 'extra', title: 'Extra', visibility: 'internal', body: 'Note.' }] });
    expect(loadRulebook(override, withRulebookTexts(DEFAULT_RULEBOOK_CORE, texts!))).toEqual(loadRulebook(override, DEFAULT_RULEBOOK_BASE));
  });
});
