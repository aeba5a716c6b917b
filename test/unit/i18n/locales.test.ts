import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/ui/i18n/dictionaries';
import { loadDictionary } from '../../../src/ui/i18n/loadDictionary';

describe('locales', () => {
  it('lists exactly the translation files', () => {
    const files = readdirSync(resolve(import.meta.dirname, '../../../translations'))
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.replace(/\.json$/, ''));
    expect([...LOCALES].sort()).toEqual(files.sort());
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
