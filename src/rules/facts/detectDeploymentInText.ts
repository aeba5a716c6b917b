import { findPhrase, findWords } from '../text/index';
import type { TicketText } from '../evaluate/TicketText';
import type { Deployment } from './types';

// When the account does not say how the customer deploys, the ticket often does ("Helm on GKE",
// "Docker Compose, 5.8.0"). Checked in this order because the more specific setup wins:
// "Docker Swarm with the compose file" is Swarm, "sourcegraph/server on Kubernetes" a single container.
const DEPLOYMENT_CUES: ReadonlyArray<{ deployment: Deployment; phrases: readonly string[]; words: readonly string[] }> = [
  { deployment: 'other', phrases: ['docker swarm', 'swarm mode', 'docker stack deploy'], words: ['nomad'] },
  { deployment: 'single-container', phrases: ['sourcegraph/server', 'single container', 'single-container', 'single docker container'], words: [] },
  { deployment: 'machine-image', phrases: ['machine image', 'gce image', 'aws ami'], words: ['ami', 'k3s'] },
  { deployment: 'compose', phrases: ['docker compose', 'docker-compose'], words: [] },
  { deployment: 'kubernetes', phrases: [], words: ['helm', 'kubernetes', 'k8s', 'kubectl', 'kustomize', 'eks', 'gke', 'aks', 'openshift', 'pod', 'statefulset'] },
  { deployment: 'cloud', phrases: ['sourcegraph cloud', 'managed instance', 'cloud instance'], words: [] },
];

export function detectDeploymentInText(text: TicketText): { deployment: Deployment; evidence: string } | null {
  for (const cue of DEPLOYMENT_CUES) {
    for (const part of [text.subject, text.description]) {
      for (const phrase of cue.phrases) {
        const hit = findPhrase(part, phrase)[0];
        if (hit !== undefined) return { deployment: cue.deployment, evidence: hit };
      }
      const word = findWords(part, cue.words)[0];
      if (word !== undefined) return { deployment: cue.deployment, evidence: word };
    }
  }
  return null;
}
