import { lookupPhrases, lookupWords } from '../text/textLookups';
import type { TicketText } from '../evaluate/TicketText';
import type { Deployment } from './types';

// When the account does not say how the customer deploys, the ticket often does ("Helm on GKE",
// "Docker Compose, 5.8.0"). Checked in this order because the more specific setup wins:
// "Docker Swarm with the compose file" is Swarm, "sourcegraph/server on Kubernetes" a single container.
const DEPLOYMENT_CUES: ReadonlyArray<{ deployment: Deployment; phrases: readonly string[]; words: readonly string[] }> = [
  { deployment: 'other', phrases: ['docker swarm', 'swarm mode', 'docker stack deploy'], words: ['nomad'] },
  { deployment: 'single-container', phrases: ['single container', 'single-container', 'single docker container'], words: [] },
  { deployment: 'machine-image', phrases: ['machine image', 'gce image', 'aws ami'], words: ['ami', 'k3s'] },
  { deployment: 'compose', phrases: ['docker compose', 'docker-compose'], words: [] },
  { deployment: 'kubernetes', phrases: [], words: ['helm', 'kubernetes', 'k8s', 'kubectl', 'kustomize', 'eks', 'gke', 'aks', 'openshift', 'pod', 'statefulset'] },
  { deployment: 'cloud', phrases: ['sourcegraph cloud', 'managed instance', 'cloud instance'], words: [] },
];

/** The image name itself: as tokens it would be the everyday words "sourcegraph server". */
const SINGLE_CONTAINER_IMAGE = 'sourcegraph/server';

export function detectDeploymentInText(text: TicketText): { deployment: Deployment; evidence: string } | null {
  const parts = [text.subject, text.description];
  for (const cue of DEPLOYMENT_CUES) {
    if (cue.deployment === 'single-container') {
      for (const part of parts) {
        // Without a '/' the image name cannot occur: skip lower-casing the whole text.
        if (part.cleaned.includes('/') && part.cleaned.toLowerCase().includes(SINGLE_CONTAINER_IMAGE)) return { deployment: cue.deployment, evidence: SINGLE_CONTAINER_IMAGE };
      }
    }
    for (const part of parts) {
      const hit = lookupPhrases(part, cue.phrases)[0];
      if (hit !== undefined) return { deployment: cue.deployment, evidence: hit };
      const word = lookupWords(part, cue.words)[0];
      if (word !== undefined) return { deployment: cue.deployment, evidence: word };
    }
  }
  return null;
}
