import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/ui/i18n/dictionaries';
import { loadDictionary } from '../../../src/ui/i18n/loadDictionary';
import { pickLocale } from '../../../src/ui/i18n/pickLocale';
import { localesOf } from '../../../src/ui/i18n/translationFiles';

describe('locales', () => {
  it('lists exactly the translation files', () => {
    const files = readdirSync(resolve(import.meta.dirname, '../../../translations'))
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.replace(/\.json$/, ''));
    expect([...LOCALES].sort()).toEqual(files.sort());
  });

  it('derives the locales from the translation file paths, so a new fr.json is picked', () => {
    const locales = localesOf(['../../../translations/de.json', '../../../translations/fr.json'], 'en');
    expect(locales).toEqual(['en', 'de', 'fr']);
    expect(pickLocale('fr-CA', locales)).toBe('fr');
  });

  it('loads a non-English dictionary on demand, and none for English or an unknown locale', async () => {
    const german = await loadDictionary('de');
    expect(german?.ui).toMatchObject({
      sections: expect.objectContaining({ owner: 'Zuständigkeit' }),
    });
    expect(await loadDictionary('en')).toBeNull();
    expect(await loadDictionary('xx')).toBeNull();
  });
});
