// The default rulebook against support-policy.md, row by row. The request type is pinned through
// a custom field (see build.ts) so these tests exercise the policies, not the classifier.
import { DEFAULT_RULEBOOK } from '../../../../src/rules/rulebook/defaultRulebook';
import type { Owner, RequestType, Severity } from '../../../../src/rules/types';
import { assessSpec, type TicketSpec } from './build';

describe('§1 ownership table: every row', () => {
  it.each<[RequestType, Owner]>([
    ['feature_request', 'ce'],
    ['licensing', 'ce'],
    ['security_question', 'ce'],
    ['security_report', 'cs'],
    ['deployment_guidance', 'ce'],
    ['deployment_error', 'cs'],
    ['adoption', 'ce'],
    ['how_to', 'cs'],
    ['config_issue', 'cs'],
    ['troubleshooting', 'cs'],
    ['bug_report', 'cs'],
    ['incident', 'cs'],
    ['customer_customization', 'cs'],
    ['custom_script', 'cs'],
    ['non_support', 'other'],
    ['unknown', 'cs'],
  ])('%s → %s, with a next step in the reason', (type, owner) => {
    const a = assessSpec({ type });
    expect(a.owner).toBe(owner);
    expect(a.reasons.find((r) => r.field === 'owner')?.text).toContain('Next step:');
  });

  it.each<[RequestType, string | null, Owner]>([
    ['feature_request', '', 'cs'],
    ['security_question', '', 'cs'],
    ['feature_request', null, 'ce'],
    ['security_question', 'Dana Li', 'ce'],
  ])('%s with CE field %j → %s (no TA: CS; unknown: CE)', (type, ce, owner) => {
    expect(assessSpec({ type, ce }).owner).toBe(owner);
  });

  it('usage statistics go to other', () => {
    expect(assessSpec({ type: 'how_to', description: 'Can we get DAU and MAU usage statistics for last quarter?' }).owner).toBe('other');
    expect(assessSpec({ type: 'troubleshooting', description: 'The usage statistics page crashes' }).owner).toBe('cs');
  });

  it.each<[string, TicketSpec]>([
    ['trial plan', { plan: 'trial' }],
    ['prospect organization tag', { orgTags: ['prospect'] }],
    ['trial-* Slack channel tag', { tags: ['trial-acme'] }],
    ['trial support address', { recipient: 'trial-support@example.com' }],
    ['POC words without a paid plan', { plan: null, description: 'Our POC cluster fails to index' }],
  ])('pre-sales (%s): owner ce and the presales flag', (_name, spec) => {
    const a = assessSpec({ type: 'troubleshooting', ...spec });
    expect(a.owner).toBe('ce');
    expect(a.flags).toContain('presales');
  });

  it('a proof of concept attached by an Enterprise customer is not pre-sales', () => {
    const a = assessSpec({ type: 'security_report', description: 'Proof of concept attached.' });
    expect(a.owner).toBe('cs');
    expect(a.flags).not.toContain('presales');
  });
});

describe('§2 severity definitions, cues and exclusions', () => {
  it.each<[string, TicketSpec, Severity]>([
    ['Sev0: down for everyone', { type: 'incident', description: 'The instance is down for everyone since 9:40.' }, 0],
    ['Sev0: every page errors', { type: 'incident', description: 'Every page returns 502 Bad Gateway.' }, 0],
    ['Sev0: nobody can sign in', { type: 'config_issue', description: 'Nobody in the company can log in.' }, 0],
    ['Sev0: security report (PoC counts)', { type: 'security_report', description: 'Stored XSS, proof of concept attached.' }, 0],
    ['Sev0: security exposure', { type: 'troubleshooting', description: 'We found leaked credentials in the logs.' }, 0],
    ['exclusion: a minority cannot sign in', { type: 'config_issue', description: 'Nobody can log in except admins; a few users are affected.' }, 2],
    ['exclusion: one user cannot sign in', { type: 'config_issue', subject: 'One user cannot log in', description: 'Everyone else is fine.' }, 2],
    ['exclusion: slowness is not Sev0', { type: 'troubleshooting', description: 'The site is down for everyone slow, very slow.' }, 2],
    ['exclusion: repository sync is not Sev0', { type: 'troubleshooting', description: 'The instance is down for everyone: repositories are not syncing since Monday.' }, 2],
    ['Sev1: most users, no workaround', { type: 'bug_report', description: 'Code navigation is broken for most of our users. There is no workaround.' }, 1],
    ['Sev1: 70% of users affected', { type: 'bug_report', description: 'About 70% of users are affected.' }, 1],
    ['Sev1 guard: a workaround drops it to Sev2', { type: 'bug_report', description: 'Code navigation is broken for most users. Workaround: reload the page.' }, 2],
    ['Sev1: the frontend will not start after an upgrade', { type: 'deployment_error', description: 'The migrator failed and the frontend will not start.' }, 1],
    ['Sev1: SSO login broken for users', { type: 'config_issue', subject: 'SAML login not working', description: 'Users get an error when signing in.' }, 1],
    ['Sev1 on other paid plans: billing', { type: 'troubleshooting', plan: 'other_paid', description: 'We were charged twice this month.' }, 1],
    ['Sev1 on other paid plans: login', { type: 'troubleshooting', plan: 'other_paid', description: "I can't log in since this morning." }, 1],
    ['the same login trouble on Enterprise is not the paid-plan rule', { type: 'troubleshooting', description: "I can't log in since this morning." }, 2],
    ['Sev2: intermittent failures', { type: 'troubleshooting', description: 'Searches fail intermittently.' }, 2],
    ['Sev2: broken with no sign of wider impact', { type: 'bug_report', description: 'The diff view shows the wrong file.' }, 2],
    ['Sev3: how-to questions', { type: 'how_to', description: 'How do I add a code host?' }, 3],
    ['Sev3: feature requests', { type: 'feature_request', description: 'Please add a dark theme; search is down for everyone without it.' }, 3],
    ['Sev3: licensing questions', { type: 'licensing', description: 'Can you extend our key?' }, 3],
  ])('%s', (_name, spec, severity) => {
    expect(assessSpec(spec).severity).toBe(severity);
  });

  it('customer pressure never raises severity: it raises severity-pressure', () => {
    const calm = assessSpec({ type: 'how_to', description: 'How do I add a second GitLab code host?' });
    const loud = assessSpec({ type: 'how_to', subject: 'URGENT!!! NEED ANSWER TODAY', description: 'How do I add a second GitLab code host? Our deadline is Friday, ASAP.' });
    expect(loud.severity).toBe(calm.severity);
    expect(loud.flags).toContain('severity-pressure');
    expect(calm.flags).not.toContain('severity-pressure');
  });

  it('a Sev0 result always raises sev0-check and suggests the scope check first', () => {
    const a = assessSpec({ type: 'incident', description: 'Sourcegraph is down for all users.' });
    expect(a.flags).toContain('sev0-check');
    expect(a.macros[0]).toBe('sev0-scope-check');
  });
});

describe('§11 best-effort paths: one positive and one near miss each', () => {
  const flagged = (spec: TicketSpec) => assessSpec({ type: 'troubleshooting', ...spec });
  it.each<[string, string, string]>([
    ['docker-swarm', 'We deploy with docker stack deploy on Docker Swarm.', 'We are not using Docker Swarm, only Compose.'],
    ['arm-production', 'Our production cluster runs on Graviton arm64 nodes.', 'I tried arm64 on my laptop for a test.'],
    ['windows-production', 'We run it on Windows Server in production.', 'Some developers browse from Windows laptops in production.'],
    ['gke-autopilot', 'The install fails on our GKE Autopilot cluster.', 'We run GKE Standard, not the autopilot mode.'],
    ['redis-cluster', 'We pointed it at our Redis Sentinel setup.', 'We use a single Redis 7 instance.'],
    ['forked-chart', 'We maintain our own fork of the Helm chart with modified templates.', 'We use the standard Helm chart with an override file.'],
    ['customer-overlay', 'Our kustomize overlay fails to apply.', 'We use Helm with an override file.'],
    ['custom-script', 'The script our customer engineer wrote for us fails.', 'The src CLI fails on upload.'],
    ['single-container-production', 'We run sourcegraph/server as a single container in production.', 'We tried sourcegraph/server on a laptop to evaluate.'],
    ['machine-image-external-db', 'Our AMI instance uses an external Postgres on RDS.', 'Our AMI instance uses the bundled database.'],
    ['machine-image-upgrade', 'We want a multi-version upgrade on our AMI.', 'We want a multi-version upgrade on Helm.'],
    ['podman-batch-changes', 'Batch changes fail because we use podman.', 'Batch changes fail with docker.'],
    ['unsupported-version', 'We are on version 4.5.1.', 'We are on version 5.9.1.'],
    ['k8s-version', 'Our cluster runs Kubernetes 1.18.', 'Our cluster runs Kubernetes 1.29.'],
    ['cluster-storage', 'The volumes are pd-standard disks.', 'The volumes are SSD persistent disks.'],
    ['postgres-version', 'We use an external Postgres 13 database.', 'We use an external Postgres 16 database.'],
    ['firecracker-k8s', 'We enabled Firecracker isolation for executors on Kubernetes.', 'We enabled Firecracker isolation on Linux hosts.'],
    ['unsupported-editor', 'The extension fails in VSCodium.', 'The extension fails in VS Code.'],
    ['unsupported-browser', 'The page is blank in Internet Explorer 11.', 'The page is blank in Firefox.'],
    ['custom-alerts', 'Our own alert rules in Alertmanager fire constantly.', 'The built-in alerts fire constantly.'],
    ['compose-versions', 'We use docker-compose 1.25.0 on the host.', 'We use docker-compose 1.29.2 on the host.'],
  ])('best-effort:%s', (flag, positive, nearMiss) => {
    const hit = flagged({ description: positive });
    expect(hit.flags).toContain(`best-effort:${flag}`);
    expect(hit.bestEffort).toBe(true);
    expect(flagged({ description: nearMiss }).flags).not.toContain(`best-effort:${flag}`);
  });

  it('customer customization and custom scripts are best effort by type', () => {
    expect(assessSpec({ type: 'customer_customization' }).bestEffort).toBe(true);
    expect(assessSpec({ type: 'custom_script' }).bestEffort).toBe(true);
    expect(assessSpec({ type: 'troubleshooting' }).bestEffort).toBe(false);
  });

  it('every best-effort flag of §11 has a default rule', () => {
    const flags = new Set(DEFAULT_RULEBOOK.flags.map((r) => r.flag));
    for (const slug of ['docker-swarm', 'arm-production', 'windows-production', 'gke-autopilot', 'redis-cluster', 'forked-chart', 'customer-overlay', 'custom-script', 'single-container-production', 'machine-image-external-db', 'machine-image-upgrade', 'podman-batch-changes', 'unsupported-version', 'k8s-version', 'cluster-storage', 'postgres-version', 'firecracker-k8s', 'unsupported-editor', 'unsupported-browser', 'unsupported-platform', 'custom-alerts', 'compose-versions']) {
      expect(flags, slug).toContain(`best-effort:${slug}`);
    }
  });
});

describe('flags', () => {
  it.each<[string, TicketSpec, TicketSpec]>([
    ['beta-feature', { description: 'The experimental search jobs feature fails.' }, { description: 'The search feature fails.' }],
    ['beta-feature', { description: 'Server-side batch changes are stuck on executors.' }, { deployment: 'managed_instance', description: 'Server-side batch changes are stuck on executors.' }],
    ['aging:third-week', { createdAt: '2026-11-10T00:00:00Z' }, { createdAt: '2026-11-20T00:00:00Z' }],
    ['aging:third-week', { createdAt: '2026-11-01T00:00:00Z', status: 'pending' }, { createdAt: '2026-11-01T00:00:00Z', status: 'solved' }],
    ['managed-instance', { deployment: 'managed_instance' }, { deployment: 'helm' }],
    ['needs-environment', { description: 'Search fails.' }, { description: 'Search fails on 5.8 with Helm.' }],
    ['severity-pressure', { description: 'This is unacceptable, please escalate.' }, { description: 'The search page fails.' }],
    ['code-host-gap', { description: 'Batch changes do not work with our Perforce depots.' }, { description: 'Batch changes do not work with our GitHub repos.' }],
    ['code-host-gap', { description: 'We need repository permissions for AWS CodeCommit.' }, { description: 'Search works fine for AWS CodeCommit.' }],
    ['sev0-check', { description: 'The instance is down for everyone.' }, { description: 'The instance is slow for everyone.' }],
  ])('%s: raised, and not raised on a near miss', (flag, positive, nearMiss) => {
    expect(assessSpec({ type: 'troubleshooting', ...positive }).flags).toContain(flag);
    expect(assessSpec({ type: 'troubleshooting', ...nearMiss }).flags).not.toContain(flag);
  });

  it('flags come out in the rulebook order', () => {
    const a = assessSpec({ type: 'troubleshooting', createdAt: '2026-10-01T00:00:00Z', deployment: 'managed_instance', description: 'The beta feature is broken, ASAP please.' });
    const order = DEFAULT_RULEBOOK.flags.map((r) => r.flag);
    expect(a.flags).toEqual([...a.flags].sort((x, y) => order.indexOf(x) - order.indexOf(y)));
    expect(a.flags).toEqual(['severity-pressure', 'aging:third-week', 'managed-instance', 'beta-feature']);
  });
});

describe('§16 default macros', () => {
  it('the library holds every §16 macro, each suggested by at least one rule', () => {
    const slugs = DEFAULT_RULEBOOK.macroLibrary.map((m) => m.slug);
    expect(slugs).toHaveLength(25);
    const suggested = new Set(DEFAULT_RULEBOOK.macros.map((r) => r.macro));
    for (const slug of slugs) expect(suggested, slug).toContain(slug);
  });

  it.each<[RequestType, string]>([
    ['licensing', 'ce-licensing-renewal'],
    ['feature_request', 'ce-feature-request'],
    ['security_question', 'ce-security-review'],
    ['security_report', 'security-report-received'],
    ['deployment_guidance', 'ce-deployment-guidance'],
    ['adoption', 'ce-adoption-guidance'],
    ['non_support', 'no-action-for-cs'],
    ['custom_script', 'be-custom-script'],
    ['customer_customization', 'be-customer-owned-config'],
  ])('%s suggests %s', (type, macro) => {
    expect(assessSpec({ type }).macros).toContain(macro);
  });

  it('a specific best-effort macro outranks the generic one; the generic one covers the rest', () => {
    const swarm = assessSpec({ type: 'troubleshooting', description: 'We run Docker Swarm with version 5.8.' });
    expect(swarm.macros).toContain('be-unsupported-platform');
    expect(swarm.macros).not.toContain('be-deviation-best-practices');
    const editor = assessSpec({ type: 'troubleshooting', description: 'The extension fails in VSCodium on 5.8 with Helm.' });
    expect(editor.macros).toContain('be-deviation-best-practices');
  });

  it('never more than the configured limit', () => {
    const busy = assessSpec({ type: 'security_report', createdAt: '2026-10-01T00:00:00Z', description: 'Data breach: the instance is down for everyone!!! Fix ASAP.' });
    expect(busy.macros.length).toBeLessThanOrEqual(3);
    expect(busy.macros.slice(0, 2)).toEqual(['sev0-scope-check', 'security-report-received']);
  });
});
