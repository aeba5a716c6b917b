// Customisation the product supports (Helm through a values override file, the documented
// Kustomize components) is not the customer's own overlay or fork: no best effort.
import { describe, expect, it } from 'vitest';
import { assess, DEFAULT_CONFIG, DEFAULT_RULEBOOK, fromApiTicket } from '../../../../src/rules/index';

const now = new Date('2026-11-26T12:00:00Z');
const assessText = (subject: string, description: string) =>
  assess(fromApiTicket({ id: 1, subject, description, priority: null }), DEFAULT_RULEBOOK, DEFAULT_CONFIG, now);
const OWN_SETUP_FLAGS = ['best-effort:forked-chart', 'best-effort:customer-overlay'];

describe('supported customisation', () => {
  it.each([
    [
      'a Helm values override file',
      'Frontend crash loop after upgrade',
      'We customised the chart only through our Helm values override file (override.yaml), as your docs describe. After upgrading to 6.1 the frontend pod is in CrashLoopBackOff.',
    ],
    [
      'documented Kustomize components',
      'Kustomize build fails',
      "We deploy with Kustomize using your documented components (components/enterprise, components/storage-class). Our kustomization.yaml only lists those components. The build fails with 'no matches for kind'.",
    ],
    [
      'values overrides in a question',
      'Help with our values overrides',
      'We customized the Helm chart with our own values overrides for resources and replicas. Is this the right way to set memory limits for gitserver?',
    ],
  ])('%s is not a customer customization and not best effort', (_name, subject, description) => {
    const a = assessText(subject, description);
    expect(a.requestType).not.toBe('customer_customization');
    expect(a.flags.filter((f) => OWN_SETUP_FLAGS.includes(f))).toEqual([]);
    expect(a.bestEffort).toBe(false);
  });

  it.each([
    ['an own Kustomize overlay', 'Overlay fails', 'Our own Kustomize overlay patches the frontend deployment and now kubectl apply fails.', 'best-effort:customer-overlay'],
    ['a kustomization.yaml of their own', 'Apply fails', 'Our kustomization.yaml patches the gitserver statefulset and kubectl apply now fails.', 'best-effort:customer-overlay'],
    ['values overrides plus a fork', 'Upgrade broken', 'We tweaked the helm values and our fork of the chart adds an ingress template; after the upgrade ingress returns 404.', 'best-effort:forked-chart'],
  ])('%s still is', (_name, subject, description, flag) => {
    const a = assessText(subject, description);
    expect(a.flags).toContain(flag);
    expect(a.bestEffort).toBe(true);
  });
});
