import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/ui/i18n/createTranslator';
import { translateError } from '../../../src/ui/i18n/translateError';
import { ENGLISH } from '../../../src/ui/i18n/dictionaries';
import { ApplyTriageError } from '../../../src/zendesk/errors';
import { ui as deUi } from '../../../translations/de.json';

describe('translateError', () => {
  const de = createTranslator('de', { en: ENGLISH, de: { ui: deUi } });
  const en = createTranslator('en');

  it('says our own failures in the agent language', () => {
    const error = new ApplyTriageError({ key: 'ui.errors.tagsRejected', vars: { detail: 'nope' } }, 'x', null);
    expect(translateError(en, error)).toBe('Zendesk did not accept the tag change: nope');
  });

  it("shows Zendesk's own words as Zendesk worded them", () => {
    expect(translateError(en, new Error('Ticket is read-only'))).toBe('Ticket is read-only');
    expect(translateError(en, { status: 500, statusText: 'Error' })).toBe('HTTP 500 Error');
  });

  it.each([[{}], [{ code: 17 }], [null], [undefined], [''], [new Error('')]])(
    'says "an unexpected error" (translated) for %j, never [object Object]',
    (error) => {
      expect(translateError(en, error)).toBe('an unexpected error');
      expect(translateError(de, error)).toBe('ein unerwarteter Fehler');
    },
  );
});
