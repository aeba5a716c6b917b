import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/ui/i18n/createTranslator';
import { pickLocale } from '../../../src/ui/i18n/pickLocale';

describe('pickLocale', () => {
  it.each([
    ['de-DE', 'de'],
    ['de', 'de'],
    ['DE_at', 'de'],
    ['en-US', 'en'],
    ['fr', 'en'],
    ['', 'en'],
  ])('%s → %s', (input, expected) => {
    expect(pickLocale(input, ['en', 'de'])).toBe(expected);
  });

  it('falls back to English for a missing locale', () => {
    expect(pickLocale(undefined)).toBe('en');
    expect(pickLocale(null)).toBe('en');
  });
});

describe('createTranslator', () => {
  const dictionaries = {
    en: { ui: { hello: 'Hello {{name}}', onlyEnglish: 'English only' } },
    de: { ui: { hello: 'Hallo {{name}}' } },
  };

  it('interpolates variables', () => {
    expect(createTranslator('de', dictionaries)('ui.hello', { name: 'Ada' })).toBe('Hallo Ada');
  });

  it('falls back to English, then to the key', () => {
    const t = createTranslator('de', dictionaries);
    expect(t('ui.onlyEnglish')).toBe('English only');
    expect(t('ui.nowhere')).toBe('ui.nowhere');
  });

  it('inserts values once, without re-reading placeholders inside them', () => {
    const t = createTranslator('en', dictionaries);
    expect(t('ui.hello', { name: '{{name}}' })).toBe('Hello {{name}}');
  });

  it('leaves unknown placeholders visible', () => {
    expect(createTranslator('en', dictionaries)('ui.hello')).toBe('Hello {{name}}');
  });
});
