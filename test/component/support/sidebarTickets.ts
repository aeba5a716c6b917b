// A few tickets from the shared samples, written as the sidebar's `client.get` state, so the
// component tests drive the real engine through the real zendesk layer with the fake client.

export const NOW = new Date('2026-11-26T12:00:00Z');

const organization = (plan: string, extra: Record<string, unknown> = {}) => ({
  id: 9001,
  name: 'Acme Corp',
  tags: [plan],
  ...Object.fromEntries(
    Object.entries({ support_plan: plan, customer_engineer: 'Dana Li', ...extra }).map(([key, value]) => [
      `customField:${key}`,
      value,
    ]),
  ),
});

function sidebarTicket(fields: {
  id: number;
  subject: string;
  description: string;
  priority?: string | null;
  tags?: string[];
  organization?: unknown;
  email?: string;
}): Record<string, unknown> {
  return {
    'ticket.id': fields.id,
    'ticket.subject': fields.subject,
    'ticket.description': fields.description,
    'ticket.priority': fields.priority ?? '-',
    'ticket.status': 'new',
    'ticket.type': null,
    'ticket.tags': fields.tags ?? [],
    'ticket.via': { channel: 'email' },
    'ticket.createdAt': '2026-11-20T09:00:00Z',
    'ticket.updatedAt': '2026-11-24T09:00:00Z',
    'ticket.recipient': 'support@example.com',
    'ticket.requester': { id: 501, name: 'Requester', email: fields.email ?? `user${fields.id}@example.com`, role: 'end-user' },
    'ticket.organization': fields.organization ?? organization('enterprise'),
  };
}

/** Sample 1001: a feature request, owned by customer engineering. */
export const FEATURE_REQUEST = sidebarTicket({
  id: 1001,
  subject: 'Feature request: filter search results by file owner',
  description:
    'Our platform team would love a way to restrict search results to files owned by a given CODEOWNERS team. Today we grep the owners file by hand. Is this on the roadmap? It would help a lot with our rollout to 400 engineers.',
});

/** Sample 1015: not a support request, owned by another team. */
export const EMPLOYMENT_VERIFICATION = sidebarTicket({
  id: 1015,
  subject: 'Employment verification for former employee',
  description:
    'Hello, I am with a background check company. Please confirm the employment dates and job title of a former employee of yours, Jane Doe, for a verification request. Thank you.',
});

/** Sample 1014: an outage for everyone, customer support, urgent. */
export const OUTAGE = sidebarTicket({
  id: 1014,
  subject: 'URGENT: Sourcegraph is down for all users',
  description:
    'Since 09:10 UTC every page on our instance returns a 502 and nobody can log in. All 1,200 developers are blocked. We restarted the frontend pods without success.',
  priority: 'urgent',
});

/** Sample 1016: a how-to question with pressure words, filed as urgent. */
export const URGENT_HOW_TO = sidebarTicket({
  id: 1016,
  subject: 'URGENT!!! need answer today: how to add a code host',
  description:
    'How do I add a GitLab code host connection? We have a deadline today and this is critical for us!!! Please escalate ASAP.',
  priority: 'urgent',
});

/** Sample 1017: code navigation broken for most users, filed as low. */
export const BROKEN_NAVIGATION = sidebarTicket({
  id: 1017,
  subject: 'Code navigation not working for Go repositories',
  description:
    'Since the upgrade to 6.1, code navigation (go to definition, find references) is not working for Go repositories for most users. There is no workaround; developers rely on it daily.',
  priority: 'low',
});

/** A how-to question (sample 1009) with the given priority. */
export function howTo(priority: string | null): Record<string, unknown> {
  return sidebarTicket({
    id: 1009,
    subject: 'How do I search only in the main branch of a repo?',
    description:
      'Hi, how do I restrict a search to the main branch of a single repository? I tried adding the branch name to the query but got no results.',
    priority,
  });
}

/** Sample 1032: a troubleshooting ticket without environment details. */
export const GETTING_AN_ERROR = sidebarTicket({
  id: 1032,
  subject: 'Getting an error',
  description: 'We are getting an error when we open the search page. Can you help?',
});

/** Ticket text that tries to inject markup and script. */
export const HOSTILE = sidebarTicket({
  id: 1040,
  subject: '<img src=x onerror=alert(1)> broken page',
  description: '<script>window.__pwned = true</script> The page is broken and shows <b>raw</b> HTML.',
  email: '<img src=x onerror=alert(2)>@example.com',
});

/** Sample 1021: a frontend crash on Docker Swarm, a best-effort path. */
export const DOCKER_SWARM = sidebarTicket({
  id: 1021,
  subject: 'Frontend crashes on Docker Swarm',
  description:
    "We deploy with docker stack deploy on a 3-node Docker Swarm cluster using the compose file from the repo. The frontend service keeps restarting with 'connection refused' to redis. How do we fix it?",
});

/** Sample 1028: server-side Batch Changes (beta on self-hosted); its first macro has a blank. */
export const BETA_BATCH_CHANGES = sidebarTicket({
  id: 1028,
  subject: 'Server-side batch changes stuck in processing',
  description:
    "Our server-side batch changes (running on executors) are stuck in 'processing' for hours. Self-hosted 5.8, Kubernetes. What can we check?",
});
