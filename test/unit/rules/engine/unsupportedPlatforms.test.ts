// A platform the policy does not list by name is still recognised: a question about it is
// deployment guidance, and running on it is best effort, rather than an unknown ticket.
import { describe, expect, it } from 'vitest';
import { assess, DEFAULT_CONFIG, DEFAULT_RULEBOOK, fromApiTicket } from '../../../../src/rules/index';

const now = new Date('2026-11-26T12:00:00Z');
const assessText = (subject: string, description: string) =>
  assess(fromApiTicket({ id: 1, subject, description, priority: null }), DEFAULT_RULEBOOK, DEFAULT_CONFIG, now);

describe('unsupported platforms not named in the policy', () => {
  it.each([
    ['Nomad', 'Running on Nomad', 'We run HashiCorp Nomad for all our services. Can we deploy your product as a Nomad job?'],
    ['OpenShift without the chart', 'OpenShift', 'We want to install on OpenShift 4.14 without your Helm chart, using our own templates. Any advice?'],
    ['bare VMs with systemd', 'Bare VM', 'We plan to run it on two bare VMs with systemd units instead of containers. Is that ok?'],
  ])('%s: deployment guidance and best effort', (_name, subject, description) => {
    const a = assessText(subject, description);
    expect(a.requestType).toBe('deployment_guidance');
    expect(a.flags).toContain('best-effort:unsupported-platform');
    expect(a.bestEffort).toBe(true);
    expect(a.macros).toContain('be-unsupported-platform');
  });

  it('a failure on such a platform stays a failure, best effort', () => {
    const a = assessText('Nomad job fails', 'Our Nomad job for the frontend keeps failing health checks after the upgrade.');
    expect(a.requestType).not.toBe('deployment_guidance');
    expect(a.bestEffort).toBe(true);
  });

  it('OpenShift with the Helm chart is not flagged', () => {
    expect(assessText('OpenShift install', 'We install with your Helm chart on OpenShift 4.14 and need the SCC settings.').flags).not.toContain('best-effort:unsupported-platform');
  });
});
