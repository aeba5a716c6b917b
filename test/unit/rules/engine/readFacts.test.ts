import { DEFAULT_CONFIG } from '../../../../src/rules/defaultConfig';
import { scanVersions } from '../../../../src/rules/facts/scanVersions';
import { readPressureSignals } from '../../../../src/rules/facts/readPressureSignals';
import { hasIssueLink } from '../../../../src/rules/facts/hasIssueLink';
import { analyzeTicket } from '../../../../src/rules/classify/analyzeTicket';
import { readFacts } from '../../../../src/rules/facts/readFacts';
import { fromApiTicket } from '../../../../src/rules/normalize/index';
import { apiTicket, context, NOW } from './build';

describe('product version from text', () => {
  it.each([
    ['We are on version 5.3.1 with Helm', '5.3.1'],
    ['running v5.3 since March', '5.3'],
    ['we upgraded on 5.3 last week', '5.3'],
    ['Errors after upgrade on version 3.43', '3.43'],
    ['helm upgrade to 5.9.0 failed', '5.9.0'],
    ['Docker Compose, 5.8.0.', '5.8.0'],
    ['Kubernetes 1.27 with Postgres 12 and Redis 7, Sourcegraph 5.2', '5.2'],
    ['Kubernetes 1.29 on EKS', null],
    ['Postgres 12.4 and Redis 7.2', null],
    ['searches take 3.5 seconds and the pod uses 2.5 GB', null],
    ['uptime was 99.5% last month', null],
    ['the server at 10.0.0.12 is unreachable', null],
    ['Python 3.11 script fails', null],
  ])('%s → %s', (text, version) => {
    expect(scanVersions(text, 6).product).toBe(version);
  });

  it('reads component versions for the best-effort version rows', () => {
    const found = scanVersions('EKS 1.18, docker 19.03.5 and docker-compose 1.25.0; external postgres 13', 6);
    expect(found).toMatchObject({ kubernetes: '1.18', docker: '19.03.5', compose: '1.25.0', postgres: '13', product: null });
  });

  it('reads the share of affected users', () => {
    expect(scanVersions('About 70% of users are affected', 6).affectedUserPercent).toBe(70);
    expect(scanVersions('CPU at 90% on the node', 6).affectedUserPercent).toBeNull();
  });
});

describe('readFacts', () => {
  it('derives plan, deployment, version, age and CE from the ticket and the config', () => {
    const { facts } = context({ plan: 'Enterprise', deployment: 'managed_instance', description: 'on version 4.5.1', createdAt: '2026-11-10T12:00:00Z' });
    expect(facts).toMatchObject({
      plan: 'enterprise',
      deployment: 'cloud',
      deploymentFrom: 'config',
      isManaged: true,
      productVersion: '4.5.1',
      productMajor: 4,
      versionsBehind: 2,
      ageDays: 16,
      isOpen: true,
      hasAssignedCe: true,
      warnings: [],
    });
  });

  it.each([
    ['premium', 'premium'],
    ['other_paid', 'other_paid'],
    ['Other paid', 'other_paid'],
    ['trial', 'trial'],
  ])('plan %s → %s', (raw, plan) => {
    expect(context({ plan: raw }).facts.plan).toBe(plan);
  });

  it('an unexpected plan value is unknown, with a warning', () => {
    const { facts } = context({ plan: 'platinum-deluxe' });
    expect(facts.plan).toBe('unknown');
    expect(facts.warnings[0]).toContain('platinum-deluxe');
  });

  it('no organization: plan unknown, CE unknown, no warnings', () => {
    const { facts } = context({ noOrganization: true });
    expect(facts).toMatchObject({ plan: 'unknown', hasAssignedCe: null, warnings: [] });
  });

  it('an empty CE field means the account has no CE; a missing one means unknown', () => {
    expect(context({ ce: '' }).facts.hasAssignedCe).toBe(false);
    expect(context({ ce: null }).facts.hasAssignedCe).toBeNull();
  });

  it.each([
    ['We deploy with Helm on GKE', 'kubernetes'],
    ['docker-compose up fails', 'compose'],
    ['sourcegraph/server container in prod', 'single-container'],
    ['docker stack deploy on our Docker Swarm with the compose file', 'other'],
    ['our AWS AMI instance', 'machine-image'],
    ['search fails', 'unknown'],
  ])('deployment from text when the account does not say: %s → %s', (description, deployment) => {
    expect(context({ description }).facts.deployment).toBe(deployment);
  });

  it('solved and closed tickets are not open; pending is', () => {
    expect(context({ status: 'solved' }).facts.isOpen).toBe(false);
    expect(context({ status: 'closed' }).facts.isOpen).toBe(false);
    expect(context({ status: 'pending' }).facts.isOpen).toBe(true);
  });

  it('a product version field in the configuration wins over the text; a bad one is warned and skipped', () => {
    const config = { ...DEFAULT_CONFIG, productVersion: [{ from: 'custom_field' as const, id: 'ver' }] };
    const read = (value: unknown) => {
      const t = fromApiTicket({ ...apiTicket({ description: 'on version 5.1' }), custom_fields: [{ id: 'ver', value }] });
      return readFacts(t, config, NOW, analyzeTicket(t));
    };
    expect(read('v6.1.2')).toMatchObject({ productVersion: '6.1.2', versionsBehind: 0, warnings: [] });
    const bad = read('latest');
    expect(bad.productVersion).toBe('5.1');
    expect(bad.warnings[0]).toContain('latest');
  });
});

describe('pressure signals and issue links', () => {
  it.each([
    ['Please help!!!', true, false],
    ['URGENT: NEED THIS TODAY', false, true],
    ['SAML and HTTPS fail', false, false],
    ['one URGENT word', false, false],
  ])('%s', (text, exclamations, shouting) => {
    expect(readPressureSignals(text)).toEqual({ exclamations, shouting });
  });

  it.each([
    ['filed as https://github.com/sourcegraph/sourcegraph/issues/123', true],
    ['see https://acme.atlassian.net/browse/OPS-1', true],
    ['our repo is github.com/acme/api', false],
  ])('%s', (text, expected) => {
    expect(hasIssueLink(text)).toBe(expected);
  });
});
