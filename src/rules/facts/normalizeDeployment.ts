import type { Deployment } from './types';

const DEPLOYMENT_SPELLINGS: ReadonlyArray<[Deployment, readonly string[]]> = [
  ['cloud', ['cloud', 'managed', 'managedinstance', 'sourcegraphcloud', 'dedicated', 'saas']],
  ['kubernetes', ['kubernetes', 'k8s', 'helm', 'kustomize', 'kubernetes_helm', 'kuberneteshelm', 'eks', 'gke', 'aks', 'openshift']],
  ['compose', ['compose', 'dockercompose', 'docker_compose']],
  ['single-container', ['singlecontainer', 'server', 'sourcegraphserver', 'docker', 'dockersinglecontainer']],
  ['machine-image', ['machineimage', 'ami', 'aws_ami', 'awsami', 'gce', 'gceimage', 'k3s']],
  ['other', ['other', 'selfhosted', 'baremetal', 'swarm', 'dockerswarm', 'nomad']],
  ['unknown', ['unknown', 'none']],
];

/** A deployment value from the account, or null when the value is not one we know. */
export function normalizeDeployment(raw: string): Deployment | null {
  const key = raw.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (key === '') return null;
  for (const [deployment, spellings] of DEPLOYMENT_SPELLINGS) {
    if (spellings.some((s) => s.replace(/[^a-z0-9]/g, '') === key)) return deployment;
  }
  return null;
}
