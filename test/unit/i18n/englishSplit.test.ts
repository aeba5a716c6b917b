// The English words are split at build time (npm run engine-tables): the first paint's groups are
// bundled, the later parts' groups come with those parts. These tests fail when the generated
// files drift from translations/en.json, and when a file outside the later parts starts using a
// later group (it would show the raw key on the first paint).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../scripts/engine-tables/generateCueTable';
import {
  FIRST_PAINT_WORDS_PATH,
  generateEnglishSplitTexts,
  LATER_WORDS_PATH,
} from '../../../scripts/engine-tables/generateEnglishSplit';
import { ui } from '../../../translations/en.json';
import { ENGLISH } from '../../../src/ui/i18n/dictionaries';
import { loadLaterEnglish } from '../../../src/ui/i18n/loadLaterEnglish';
import { LATER_WORD_GROUPS } from '../../../src/ui/i18n/laterWords';

/** The files that use a later group, each rendered only after the later chunk has landed. */
const LATER_USERS = [
  'src/ui/clock/FirstResponseClock.tsx',
  'src/ui/clock/formatClock.ts',
  'src/ui/panel/ApplyTriage.tsx',
  'src/ui/panel/ConfigurationNotices.tsx',
  'src/ui/panel/OwnerOverride.tsx',
  'src/ui/panel/SaveAnyway.tsx',
  'src/ui/panel/WhyDisclosure.tsx',
  'src/ui/panel/WhySection.tsx',
  'src/ui/related/RelatedTickets.tsx',
  // Says reasons again outside English (whose dictionary is complete), for the Why section.
  'src/ui/panel/describeReason.ts',
  // Settings problems, as keys: ConfigurationNotices says them.
  'src/zendesk/readSettings.ts',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the English words, split for the first paint', () => {
  it('are the files npm run engine-tables writes', () => {
    // On failure: run `npm run engine-tables` (or `npm run build`) and commit the result.
    const { firstPaint, later } = generateEnglishSplitTexts();
    expect(readFileSync(FIRST_PAINT_WORDS_PATH, 'utf8')).toBe(firstPaint);
    expect(readFileSync(LATER_WORDS_PATH, 'utf8')).toBe(later);
  });

  it('add up to the whole English dictionary once the later words have loaded', async () => {
    expect(Object.keys(ENGLISH.ui as object)).not.toContain('why');
    await loadLaterEnglish();
    expect(ENGLISH.ui).toEqual(ui);
  });

  it('leave the later groups to the parts rendered after the first paint', () => {
    const usesLater = new RegExp(`ui\\.(${LATER_WORD_GROUPS.join('|')})\\b`);
    const users = [...sourceFiles(join(REPO_ROOT, 'src'))]
      .filter((path) => usesLater.test(readFileSync(path, 'utf8')))
      .map((path) => relative(REPO_ROOT, path));
    expect(users.sort()).toEqual([...LATER_USERS].sort());
  });
});
