// Severity follows impact as customers word it, whatever the request type: a total outage in
// their words is Sev0 (with the Sev0 check), most users cut off is Sev1, a part is neither.
import { describe, expect, it } from 'vitest';
import { assess, DEFAULT_CONFIG, DEFAULT_RULEBOOK, fromApiTicket } from '../../../../src/rules/index';

const now = new Date('2026-11-26T12:00:00Z');
const assessText = (subject: string, description: string) =>
  assess(fromApiTicket({ id: 1, subject, description, priority: null }), DEFAULT_RULEBOOK, DEFAULT_CONFIG, now);

const OUTAGES = ['none of our developers can log in', "users can't reach it", 'production is unreachable', 'every search fails'];
/** The same words inside tickets of different shapes: a question, a config problem, a bare report. */
const FRAMES: readonly [string, (impact: string) => [string, string]][] = [
  ['a how-to question', (impact) => ['How do I configure SAML?', `How do I configure the SAML provider correctly? Since 9:00 ${impact}.`]],
  ['a configuration problem', (impact) => ['SSO settings after the change', `We changed the OIDC settings in the site config this morning and now ${impact}.`]],
  ['a bare report', (impact) => ['Help', `Since the restart ${impact}.`]],
];

describe("severity from impact in the customer's words", () => {
  for (const impact of OUTAGES) {
    it.each(FRAMES.map(([name, frame]) => [name, ...frame(impact)] as const))(`"${impact}" in %s is Sev0 with the Sev0 check`, (_name, subject, description) => {
      const a = assessText(subject, description);
      expect(a.severity).toBe(0);
      expect(a.flags).toContain('sev0-check');
    });
  }

  it('most users cut off is Sev1', () => {
    const a = assessText('SSO change', "Since the SSO change most of our developers can't log in.");
    expect(a.severity).toBe(1);
    expect(a.flags).not.toContain('sev0-check');
  });

  it.each([
    ['one user', 'Login issue', "One user can't log in; everyone else is fine."],
    ['some users', 'Search errors', 'Every search fails for some users in the EU office.'],
    ['a hypothetical', 'Alerting question', 'How do I get a notification when the site goes down?'],
    ['slowness', 'Slow search', 'Every search is slow since Monday.'],
  ])('%s is not Sev0', (_name, subject, description) => {
    const a = assessText(subject, description);
    expect(a.severity).toBeGreaterThan(0);
    expect(a.flags).not.toContain('sev0-check');
  });
});
