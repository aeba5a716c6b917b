// The schedule settings (time zone, holidays): read tolerantly, checked by the engine's own
// reader, and every unusable value named for the agent in both languages.
import { readFileSync } from 'node:fs';
import { readEngineConfig } from '../../../src/rules/readEngineConfig';
import { readSettings } from '../../../src/zendesk/readSettings';

const en = JSON.parse(readFileSync(new URL('../../../translations/en.json', import.meta.url), 'utf8'));
const de = JSON.parse(readFileSync(new URL('../../../translations/de.json', import.meta.url), 'utf8'));

describe('schedule settings', () => {
  it('default to Pacific time and no holidays', () => {
    const { config, problems } = readSettings({ settings: {} });
    expect(config.scheduleTimeZone).toBe('America/Los_Angeles');
    expect(config.holidays).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('an unknown time zone falls back to the default with a problem', () => {
    const { config, problems } = readSettings({ settings: { scheduleTimeZone: 'Pacific Time' } });
    expect(config.scheduleTimeZone).toBe('America/Los_Angeles');
    expect(problems.map((p) => p.message)).toEqual([
      'Setting "scheduleTimeZone" must be a time zone name such as America/Los_Angeles; got "Pacific Time", so "America/Los_Angeles" is used.',
    ]);
    expect(readSettings({ settings: { scheduleTimeZone: 'Mars/Olympus' } }).problems).toHaveLength(1);
  });

  it('keeps the good holidays and names each bad one', () => {
    const { config, problems } = readSettings({ settings: { holidays: '2026-12-25\n25.12.2026, 2026-02-30; 2027-01-01' } });
    expect(config.holidays).toEqual(['2026-12-25', '2027-01-01']);
    expect(problems.map((p) => p.message)).toEqual([
      'Setting "holidays" holds "25.12.2026", which is not a date written YYYY-MM-DD; that entry is ignored.',
      'Setting "holidays" holds "2026-02-30", which is not a date written YYYY-MM-DD; that entry is ignored.',
    ]);
  });

  it('refuses a list longer than the limit as a whole', () => {
    const days = Array.from({ length: 501 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10));
    const { config, problems } = readSettings({ settings: { holidays: days.join('\n') } });
    expect(config.holidays).toEqual([]);
    expect(problems.map((p) => p.key)).toEqual(['ui.settings.problems.holidaysTooMany']);
  });

  it('every problem key has English and German words', () => {
    for (const key of ['timeZone', 'holiday', 'holidaysTooMany']) {
      expect(en.ui.settings.problems[key]).toEqual(expect.any(String));
      expect(de.ui.settings.problems[key]).toEqual(expect.any(String));
    }
    for (const name of ['scheduleTimeZone', 'holidays']) {
      expect(en.app.parameters[name].label).toEqual(expect.any(String));
      expect(de.app.parameters[name].label).toEqual(expect.any(String));
    }
  });
});

describe('the --config file takes the same settings', () => {
  it('reads scheduleTimeZone and holidays', () => {
    expect(readEngineConfig({ scheduleTimeZone: 'Europe/Berlin', holidays: ['2026-12-26', '2026-12-25', '2026-12-25'] })).toEqual({
      config: expect.objectContaining({ scheduleTimeZone: 'Europe/Berlin', holidays: ['2026-12-25', '2026-12-26'] }),
      problems: [],
    });
  });

  it('takes the zone names Intl knows beyond its canonical list: UTC and aliases', () => {
    for (const zone of ['UTC', 'US/Eastern', 'Asia/Calcutta'])
      expect(readEngineConfig({ scheduleTimeZone: zone })).toEqual({
        config: expect.objectContaining({ scheduleTimeZone: zone }),
        problems: [],
      });
  });

  it('names each unusable value with its path', () => {
    expect(readEngineConfig({ scheduleTimeZone: 'Mars/Olympus', holidays: ['2026-13-01', 20261225] }).problems).toEqual([
      { path: '$.scheduleTimeZone', message: 'the schedule time zone is an IANA time zone name such as "America/Los_Angeles" or "Europe/Berlin"' },
      { path: '$.holidays[0]', message: 'a holiday is a date written YYYY-MM-DD, e.g. "2026-12-25"' },
      { path: '$.holidays[1]', message: 'a holiday is a date written YYYY-MM-DD, e.g. "2026-12-25"' },
    ]);
    expect(readEngineConfig({ holidays: '2026-12-25' }).problems).toEqual([{ path: '$.holidays', message: '"holidays" must be a list of dates such as ["2026-12-25"]' }]);
  });
});

describe('the local zcli server knows every setting', () => {
  it('zcli.apps.config.json has a value for each manifest parameter (else zcli prompts and the preview never starts)', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8')) as { parameters: { name: string }[] };
    const zcli = JSON.parse(readFileSync(new URL('../../../zcli.apps.config.json', import.meta.url), 'utf8')) as { parameters: Record<string, unknown> };
    expect(Object.keys(zcli.parameters).sort()).toEqual(manifest.parameters.map((p) => p.name).sort());
  });
});
