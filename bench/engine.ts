// Engine benchmark: assesses 10,000 varied tickets and one ticket with a 1 MB description.
// Targets (2-core machine): at least 10,000 tickets per second; the 1 MB ticket under 50 ms.
// Prints the figures; never asserts them (timings vary by machine).
import { performance } from 'node:perf_hooks';
import { assess, DEFAULT_CONFIG, DEFAULT_RULEBOOK, fromApiTicket } from '../src/rules/index';
import type { Ticket } from '../src/rules/types';

/** Deterministic PRNG (mulberry32) so every run assesses the same tickets. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'Search is down for everyone', 'How do I exclude a repo from search?', 'License key expired', 'Feature request: dark mode',
  'helm upgrade fails with CrashLoopBackOff', 'SAML login not working', 'gitserver OOMKilled', 'Repos not syncing from GitLab',
  'Security questionnaire', 'Reporting a vulnerability', 'Which deployment method?', 'URGENT!!! need help', 'pls help',
  'Our kustomize overlay fails', 'Script from our CE fails', 'Docker Swarm frontend crash', 'Invoice for last quarter',
  'Batch changes stuck', 'Code navigation broken for Go', 'Slow search since upgrade', 'Rollout plan for new teams',
];
const SENTENCES = [
  'We upgraded to 5.9.0 yesterday and now the frontend will not start.', 'Everything still works, just slower.',
  'Nobody in the company can log in.', 'There is no workaround and most of our developers are affected.',
  'We run Kubernetes 1.29 on EKS with Helm.', 'Docker Compose, 5.8.0.', 'We are still on version 3.43.2.',
  'Can you extend the key for 30 days?', 'Please help ASAP, our deadline is Friday.', 'We are evaluating during our trial.',
  'The Python script our customer engineer wrote fails with a 401.', 'We moved production to Graviton arm64 nodes.',
  'Is there a way to restrict search to one branch?', 'Some searches fail with context deadline exceeded.',
  'Workaround: using a search context instead works.', 'It would be great if you could add support for Perforce permissions.',
  '> On Mon, Jane wrote:\n> the old thread\n> more quoted text', 'Thanks,\nAlex\nACME Corp', 'Our Redis Sentinel setup drops sessions.',
  '2024-01-01T00:00:00Z ERROR frontend failed\n2024-01-01T00:00:01Z ERROR frontend failed\n2024-01-01T00:00:02Z ERROR retry\n2024-01-01T00:00:03Z ERROR retry',
];
const PLANS = ['enterprise', 'premium', 'other_paid', 'trial', 'custom', undefined];
const TAGS = ['vip', 'bug', 'feature_request', 'trial-acme', 'managed_instance', 'howto'];

function makeTicket(rand: () => number, id: number): unknown {
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const sentences = Array.from({ length: 1 + Math.floor(rand() * 6) }, () => pick(SENTENCES));
  const plan = pick(PLANS);
  return {
    id,
    subject: pick(SUBJECTS),
    description: sentences.join(' '),
    priority: pick([null, 'low', 'normal', 'high', 'urgent']),
    status: pick(['new', 'open', 'pending', 'solved']),
    tags: rand() < 0.3 ? [pick(TAGS)] : [],
    created_at: new Date(Date.UTC(2026, 10, 1 + Math.floor(rand() * 25))).toISOString(),
    via: { channel: pick(['email', 'web', 'api']) },
    organization: plan === undefined ? null : { id: 1, name: 'Acme', tags: [], organization_fields: { support_plan: plan, customer_engineer: rand() < 0.5 ? 'Dana' : '' } },
    requester: { email: 'someone@example.com', role: 'end-user' },
    custom_fields: [],
  };
}

const now = new Date('2026-11-26T12:00:00Z');
const rand = random(42);
const tickets: Ticket[] = Array.from({ length: 10_000 }, (_, i) => fromApiTicket(makeTicket(rand, i + 1)));

// Warm up caches and the JIT as a long-running sidebar would be.
for (const ticket of tickets.slice(0, 500)) assess(ticket, DEFAULT_RULEBOOK, DEFAULT_CONFIG, now);

const start = performance.now();
const owners = new Map<string, number>();
for (const ticket of tickets) {
  const a = assess(ticket, DEFAULT_RULEBOOK, DEFAULT_CONFIG, now);
  owners.set(a.owner, (owners.get(a.owner) ?? 0) + 1);
}
const seconds = (performance.now() - start) / 1000;

// The same kind of tickets with a conversation: the description as the opening comment, an
// agent's reply and two customer follow-ups, each read by the classifier and the severity rules.
const FOLLOW_UPS = ['Any news? This is urgent!!!', 'Now it is down for all users.', 'The workaround stopped working.', 'Thanks, that helped.', 'Another question: how do I add a code host?'];
const conversations: Ticket[] = Array.from({ length: 2_000 }, (_, i) => {
  const json = makeTicket(rand, 20_001 + i) as Record<string, unknown>;
  const created = Date.parse(String(json.created_at));
  const at = (hours: number) => new Date(created + hours * 3_600_000).toISOString();
  const pick = () => FOLLOW_UPS[Math.floor(rand() * FOLLOW_UPS.length)]!;
  return fromApiTicket({
    ...json,
    requester_id: 1,
    users: [{ id: 1, role: 'end-user' }, { id: 2, role: 'agent' }],
    comments: [
      { id: 1, author_id: 1, public: true, body: json.description, created_at: at(0) },
      { id: 2, author_id: 2, public: true, body: 'We are looking into it; as a workaround, restart the frontend.', created_at: at(2) },
      { id: 3, author_id: 1, public: true, body: pick(), created_at: at(3) },
      { id: 4, author_id: 1, public: true, body: pick(), created_at: at(5) },
    ],
  });
});
for (const ticket of conversations.slice(0, 200)) assess(ticket, DEFAULT_RULEBOOK, DEFAULT_CONFIG, now);
const conversationStart = performance.now();
for (const ticket of conversations) assess(ticket, DEFAULT_RULEBOOK, DEFAULT_CONFIG, now);
const conversationSeconds = (performance.now() - conversationStart) / 1000;

const chunk = 'The frontend returns 502 on every page after the upgrade, we tried restarting the pods. ';
const huge = fromApiTicket({
  id: 1,
  subject: 'Huge ticket',
  description: chunk.repeat(Math.ceil(1_048_576 / chunk.length)).slice(0, 1_048_576),
  priority: 'normal',
});
const runs: number[] = [];
for (let i = 0; i < 7; i++) {
  const t0 = performance.now();
  assess(huge, DEFAULT_RULEBOOK, DEFAULT_CONFIG, now);
  runs.push(performance.now() - t0);
}
runs.sort((a, b) => a - b);

console.log(`tickets assessed:        ${tickets.length}`);
console.log(`tickets per second:      ${Math.round(tickets.length / seconds)} (target >= 10000)`);
console.log(`with a conversation:     ${Math.round(conversations.length / conversationSeconds)} per second (${conversations.length} tickets, 4 comments each)`);
console.log(`1 MB description ticket: ${runs[Math.floor(runs.length / 2)]!.toFixed(1)} ms median of ${runs.length} (target < 50 ms)`);
console.log(`owners:                  ${[...owners].map(([k, v]) => `${k} ${v}`).join(', ')}`);
