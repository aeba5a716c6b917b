import { describe, expect, it } from 'vitest';
import { analyzeTicket, classifyRequest } from '../../../src/rules/classify';
import { fromApiTicket } from '../../../src/rules/normalize';
import type { EngineConfig, FactSource, Ticket } from '../../../src/rules/types';

const baseConfig: EngineConfig = { requestType: [], plan: [], deployment: [], productVersion: [], assignedCe: [], currentMajorVersion: 6, maxSuggestions: 3, scheduleTimeZone: 'America/Los_Angeles', holidays: [] };
const withSources = (...requestType: FactSource[]): EngineConfig => ({ ...baseConfig, requestType });

function ticket(subject: string, description: string, extra: Record<string, unknown> = {}): Ticket {
  return fromApiTicket({ subject, description, ...extra });
}
const classify = (subject: string, description: string, extra: Record<string, unknown> = {}, config = baseConfig) =>
  classifyRequest(ticket(subject, description, extra), config);

describe('classifyRequest: the account field comes first', () => {
  it.each(['bug_report', 'Bug report', 'bug-report', 'BUG REPORT', 'bug', 'triage_type_bug_report'])('custom field value %j → bug_report, high', (value) => {
    const result = classify('How do I add a code host?', '', { custom_fields: [{ id: 360001, value }] }, withSources({ from: 'custom_field', id: '360001' }));
    expect(result).toMatchObject({ requestType: 'bug_report', confidence: 'high', ruleId: 'classify.field', warnings: [] });
    expect(result.evidence).toEqual([`custom field 360001: "${value}"`]);
    expect(result.text).toBe('The Request type field on the ticket says it is a bug report.');
  });

  it('reads a tag prefix', () => {
    const result = classify('', '', { tags: ['vip', 'rt_licensing'] }, withSources({ from: 'tag_prefix', prefix: 'rt_' }));
    expect(result).toMatchObject({ requestType: 'licensing', ruleId: 'classify.field', evidence: ['tag rt_licensing: "licensing"'] });
    expect(result.text).toBe("The ticket's tag rt_licensing says it is a licensing question.");
  });

  it('names an organization field or tag as what set the type', () => {
    const org = { organization: { id: 1, name: 'Acme', tags: ['rt_bug'], organization_fields: { request_kind: 'how_to' } } };
    expect(classify('', '', org, withSources({ from: 'organization_field', key: 'request_kind' })).text).toBe(
      "The organization's request_kind field says it is a how-to question.",
    );
    expect(classify('', '', org, withSources({ from: 'organization_tag_prefix', prefix: 'rt_' })).text).toBe(
      "The organization's tag rt_bug says it is a bug report.",
    );
  });

  it('warns about an unexpected value and falls through to the text', () => {
    const result = classify('License key expired', 'Our license key expired yesterday.', { custom_fields: [{ id: 1, value: 'misc_stuff' }] }, withSources({ from: 'custom_field', id: '1' }));
    expect(result.requestType).toBe('licensing');
    expect(result.ruleId).toBe('classify.text');
    expect(result.warnings).toEqual(['requestType: custom field 1 has an unexpected value "misc_stuff"; using the text instead']);
  });

  it('treats an empty field and "unknown" as not set, silently', () => {
    for (const value of [null, '', 'unknown']) {
      const result = classify('License key expired', 'Our license key expired.', { custom_fields: [{ id: 1, value }] }, withSources({ from: 'custom_field', id: '1' }));
      expect(result).toMatchObject({ requestType: 'licensing', ruleId: 'classify.text', warnings: [] });
    }
  });
});

describe('classifyRequest: type tags', () => {
  it('trusts a tag that names a type', () => {
    const result = classify('Search question', 'How do I search in one branch?', { tags: ['feature_request'] });
    expect(result).toMatchObject({ requestType: 'feature_request', confidence: 'high', ruleId: 'classify.tag', evidence: ['tag: "feature_request"'] });
  });

  it('lets strong text win over a tag it contradicts, at medium confidence', () => {
    const result = classify('Employment verification request', 'We need to verify the employment dates of a former employee. Background check.', { tags: ['bug'] });
    expect(result).toMatchObject({ requestType: 'non_support', confidence: 'medium', ruleId: 'classify.text' });
    expect(result.evidence).toContain('tag: "bug"');
  });

  it('ignores tags that name no type', () => {
    expect(classify('pls help', '', { tags: ['vip', 'security'] }).requestType).toBe('unknown');
  });
});

describe('classifyRequest: text', () => {
  it('gives unknown and low for nothing decisive', () => {
    const result = classify('pls help', 'thx');
    expect(result).toMatchObject({ requestType: 'unknown', confidence: 'low', ruleId: 'classify.text', evidence: [] });
    expect(result.text).toBe('Nothing in the subject or description points clearly to one request type.');
  });

  it('explains with one sentence and quotes the evidence by field', () => {
    const result = classify('Bug: saved searches run twice', 'Steps to reproduce: create a saved search. Expected one email, actual two.');
    expect(result.requestType).toBe('bug_report');
    expect(result.text).toBe('Words in the subject and description point to a bug report.');
    expect(result.evidence).toEqual(expect.arrayContaining(['subject: "Bug"', 'description: "Steps to reproduce"']));
  });

  it('counts the subject above the description', () => {
    const subjectFirst = classify('License renewal', 'Also, how do I add a code host?');
    const descriptionFirst = classify('How do I add a code host?', 'Also, license renewal.');
    expect(subjectFirst.requestType).toBe('licensing');
    expect(descriptionFirst.requestType).toBe('how_to');
  });

  it('does not let negated words vote', () => {
    expect(classify('Question', 'We are not seeing any errors, the site is not down and it is not slow.').requestType).toBe('unknown');
    expect(classify('Question', 'We see errors and the site is slow.').requestType).toBe('troubleshooting');
  });

  it('does not let quoted history, signatures, logs or HTML vote', () => {
    const quoted = 'How do I exclude archived repos from search?\n\nOn Mon, Nov 3, 2026 at 9:00 AM Support <s@x.com> wrote:\n> Your license key expired. License renewal, seats, subscription, license.';
    expect(classify('Search question', quoted).requestType).toBe('how_to');
    const signed = 'How do I exclude archived repos from search?\n\nRegards,\nJane Doe\nLicense & Renewals Manager\nLicensing Dept';
    expect(classify('Search question', signed).requestType).toBe('how_to');
    const logs = ['How do I exclude archived repos from search?', ...Array.from({ length: 6 }, (_, i) => `2026-11-01T10:00:0${i}Z ERROR request failed: timeout, crash, outage`)].join('\n');
    expect(classify('Search question', logs).requestType).toBe('how_to');
    const html = '<p>How do I exclude archived repos from search?</p><script>outage down for everyone vulnerability</script>';
    expect(classify('Search question', html).requestType).toBe('how_to');
  });

  it('prefers troubleshooting over how_to when something is failing', () => {
    expect(classify('How do I fix this?', 'Searches keep failing with a timeout error and the page just spins.').requestType).toBe('troubleshooting');
  });

  it('reads an upgrade that fails as a deployment error, and errors after an upgrade as not', () => {
    expect(classify('Upgrade fails', 'The helm upgrade to 5.9 failed with a migrator error.').requestType).toBe('deployment_error');
    expect(classify('Errors in search', 'We see errors in search results since last week, after the upgrade went fine.').requestType).not.toBe('deployment_error');
  });

  it('lets the customer\'s own overlay win over the errors it causes', () => {
    expect(classify('Overlay problem', 'Our kustomize overlay fails to apply with an error after the upgrade.').requestType).toBe('customer_customization');
  });

  it('lowers confidence when two types tie or nearly tie', () => {
    const tie = classify('', 'There is a bug. Also, the page just spins.');
    expect(tie.confidence).toBe('low');
    expect(Object.keys(tie.scores).sort()).toEqual(['bug_report', 'troubleshooting']);
    expect(tie.text).toMatch(/though .* is also possible/);
  });

  it('never rates a single cue above low', () => {
    const result = classify('outage', '');
    expect(result.requestType).toBe('incident');
    expect(result.confidence).toBe('low');
  });

  it('treats a component name as context: it never decides a type, alone or against real content', () => {
    const named = classify('migrator', 'migrator migrator gitserver');
    expect(named.scores.deployment_error).toBe(3);
    expect(named.confidence).toBe('low');
    const leak = classify('Password in the migrator log', 'The migrator prints the postgres password in clear text to its log. This is a security problem.');
    expect(leak.requestType).toBe('security_report');
  });

  it('counts "all users" and "every page" for an outage only next to a stated failure', () => {
    const banner = classify('Banner on every page', 'All users see that our license expires next week. Please send the renewal key.');
    expect(banner.requestType).toBe('licensing');
    expect(banner.scores.incident ?? 0).toBeLessThan(3);
    const outage = classify('Not working for the whole company', 'All users get an error, even the login page.');
    expect(outage.requestType).toBe('incident');
  });

  it('weighs ownership and regression cues above generic symptom words', () => {
    expect(classify('https not working', 'We modified our docker-compose file to add our own nginx. Now https is not working and we get an error.').requestType).toBe('customer_customization');
    expect(classify('Link drops the line number', 'In 5.10 it worked. Since upgrading to 5.11 the copied link drops the line number, not working anymore.').requestType).toBe('bug_report');
  });

  it('keeps a clear question a question when an error word passes by', () => {
    expect(classify('Regex question', "I get an error searching for foo(. What's the syntax for a literal parenthesis?").requestType).toBe('how_to');
  });

  it('needs an actual question behind "quick question"', () => {
    expect(classify('Quick question', 'Quick question when you have time.').requestType).toBe('unknown');
    expect(classify('Quick question', 'How do I search archived repos only?').requestType).toBe('how_to');
  });

  it('counts a cue repeated in subject and description as one cue for confidence', () => {
    const result = classify('license', 'license');
    expect(result.requestType).toBe('licensing');
    expect(result.confidence).toBe('low');
  });

  it('gives the same answer with a pre-analyzed text', () => {
    const t = ticket('helm upgrade fails', 'pods in CrashLoopBackOff');
    expect(classifyRequest(t, baseConfig, analyzeTicket(t))).toEqual(classifyRequest(t, baseConfig));
  });
});
