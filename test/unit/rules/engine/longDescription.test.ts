// A long description is read whole for impact: past the word-by-word cap its outage and impact
// sentences still count, and the assessment says that the text was only partly read.
import { describe, expect, it } from 'vitest';
import { assess, DEFAULT_CONFIG, DEFAULT_RULEBOOK, fromApiTicket } from '../../../../src/rules/index';
import { CLEANED_CAP } from '../../../../src/rules/text';

const now = new Date('2026-11-26T12:00:00Z');
/** Ordinary prose lines (not log-shaped, so they are not stripped as a log dump). */
const filler = (chars: number) => 'We copied the settings from the staging environment and checked them one by one again.\n'.repeat(Math.ceil(chars / 88));

function assessDescription(description: string) {
  return assess(fromApiTicket({ id: 1, subject: 'Help with our instance', description, priority: null }), DEFAULT_RULEBOOK, DEFAULT_CONFIG, now);
}

describe('long descriptions', () => {
  it('still finds "production is down for all users" after 25 kB of text', () => {
    const a = assessDescription(`${filler(25_000)}Since this morning production is down for all users.`);
    expect(a.severity).toBe(0);
    expect(a.flags).toContain('sev0-check');
    expect(a.warnings.some((w) => w.startsWith('description: too long to read in full'))).toBe(true);
  });

  it('still finds it at the end of a 1 MB description', () => {
    const a = assessDescription(`${'x'.repeat(1_000_000)}\nNobody can log in and the site is down for everyone.`);
    expect(a.severity).toBe(0);
    expect(a.warnings.some((w) => w.includes(`first ${CLEANED_CAP.toLocaleString('en-US')} characters`))).toBe(true);
  });

  it('says nothing when the whole text was read', () => {
    const a = assessDescription('Since this morning production is down for all users.');
    expect(a.severity).toBe(0);
    expect(a.warnings.filter((w) => w.includes('too long'))).toEqual([]);
  });
});
