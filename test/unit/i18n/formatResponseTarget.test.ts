import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/ui/i18n/createTranslator';
import { formatResponseTarget } from '../../../src/ui/i18n/formatResponseTarget';
import { DICTIONARIES } from '../../../src/ui/i18n/dictionaries';
import german from '../../../translations/de.json';

const de = createTranslator('de', { ...DICTIONARIES, de: { ui: german.ui } });
const en = createTranslator('en');

describe('formatResponseTarget', () => {
  it('keeps the English wording for English agents', () => {
    expect(formatResponseTarget('2 business hours', 'en', en)).toBe('2 business hours');
    expect(formatResponseTarget('1 business day', 'en', en)).toBe('1 business day');
    expect(formatResponseTarget('4 business hours, 24x7', 'en', en)).toBe('4 business hours, 24x7');
  });

  it('says durations in German with the plural form Intl picks', () => {
    expect(formatResponseTarget('1 business day', 'de', de)).toBe('1 Geschäftstag');
    expect(formatResponseTarget('2 business days', 'de', de)).toBe('2 Geschäftstagen');
    expect(formatResponseTarget('2 business hours, 24x7', 'de', de)).toBe('2 Geschäftsstunden, rund um die Uhr (24x7)');
  });

  it("says every count as Intl's number format and plural rules would, in English and German", () => {
    for (const [locale, t] of [['en-US', en], ['de', de]] as const) {
      for (const count of [0, 1, 2, 7, 21, 999, 1000, 12_500]) {
        const plural = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
        const expected = t(`ui.duration.business.hours.${plural}`, {
          count: new Intl.NumberFormat(locale).format(count),
        });
        expect(formatResponseTarget(`${count} business hours`, locale, t)).toBe(expected);
      }
    }
    expect(formatResponseTarget('1200 business hours', 'en', en)).toBe('1,200 business hours');
  });

  it('leaves a target of another shape as it is', () => {
    expect(formatResponseTarget('next full moon', 'de', de)).toBe('next full moon');
  });
});
