// The loads of the browser robustness sweep: which ticket, which host faults, which broken
// installation settings, and what the agent does once the panel settles. fast-check draws them
// from a fixed seed, so every run replays the same 200 loads.
import fc from 'fast-check';
import type { Faults } from '../../preview/host/Faults';
import { FIXTURE_MACROS } from '../../preview/host/fixtureMacros';
import type { SampleTicket } from '../../preview/host/SampleTicket';
import { SIDEBAR_TICKET_PATHS } from '../../src/rules/normalize';

/** `reply`: an agent's public reply is saved (the comments endpoint is asked for its details). */
export type AgentAction = 'none' | 'insert' | 'edit' | 'save' | 'reply';

export interface FaultScenario {
  ticket: number | SampleTicket;
  faults: Partial<Faults>;
  settings: Record<string, unknown>;
  action: AgentAction;
}

export const FAULT_SWEEP_SEED = 7;

const HOSTILE_TICKETS: SampleTicket[] = [
  {
    id: 990001,
    subject: '<img src=x onerror="window.__pwned=1"> <script>window.__pwned=1</script>',
    description:
      '<b>HTML</b> &amp; <iframe src="javascript:alert(1)"></iframe>\n> quoted\n-- \nsig',
    priority: 'urgent',
    tags: ['<svg onload=alert(1)>'],
  },
  {
    id: 990002,
    subject: '',
    description: '',
    priority: null,
    tags: [],
    organization: null,
    requester: null,
  },
  {
    id: 990003,
    subject: '😀🔥 \u202Eevil\u202C 日本語 мой сервер упал e\u0301\u0301',
    description: 'production is down!!! NOBODY CAN LOG IN '.repeat(3_000),
    priority: 'p1',
    tags: ['vip', '', 'beta'],
    organization: {
      id: 1,
      name: '\u0000',
      tags: [],
      organization_fields: { support_plan: 'Enterprise ', deployment: 42 },
    },
  },
  {
    id: 990004,
    subject: null,
    description: null,
    status: 'bogus',
    type: 'nonsense',
    created_at: 'yesterday',
    custom_fields: [],
  },
];

const BROKEN_SETTINGS: Record<string, unknown>[] = [
  { rulebookOverride: '{not json' },
  { rulebookOverride: '{"owners": 5, "flags": [{"id": "x", "operator": "contains"}]}' },
  { saveCheckMode: 'block' },
  { saveCheckMode: 'sometimes', maxSuggestions: 'many', currentMajorVersion: -3 },
  { requestTypeFieldId: 'abc', productVersionFieldId: '12; DROP TABLE' },
];

const GET_PATHS = [...SIDEBAR_TICKET_PATHS, 'currentUser.locale'];
const SLUGS = FIXTURE_MACROS.flatMap((macro) => (macro.slug ? [macro.slug] : []));
const sometimes = (oneIn: number) => fc.integer({ min: 1, max: oneIn }).map((n) => n === 1);
const usuallyZero = (max: number) =>
  fc.oneof(
    { arbitrary: fc.constant(0), weight: 2 },
    { arbitrary: fc.integer({ min: 1, max }), weight: 1 },
  );

const faults: fc.Arbitrary<Partial<Faults>> = fc.record({
  handshakeDelayMs: usuallyZero(1_500),
  getErrors: fc
    .oneof(
      { arbitrary: fc.constant([] as string[]), weight: 2 },
      { arbitrary: fc.subarray(GET_PATHS, { maxLength: 5 }), weight: 1 },
    )
    .map((paths) =>
      Object.fromEntries(paths.map((path) => [path, `Injected failure for ${path}`])),
    ),
  getFails: sometimes(10),
  getGarbage: sometimes(10),
  getDelayMs: usuallyZero(500),
  setErrors: fc.constantFrom<Record<string, string>>(
    {},
    {},
    { 'ticket.priority': 'Injected', 'ticket.comment.type': 'Injected' },
  ),
  invokeErrors: fc.constantFrom<Record<string, string>>(
    {},
    {},
    { resize: 'Injected' },
    { notify: 'Injected' },
    { macro: 'Injected' },
    { 'ticket.comment.appendText': 'Injected' },
  ),
  requestFails: sometimes(4),
  // The follow-up reads: the customer's other tickets (search) and the comments endpoint.
  failingEndpoints: fc.subarray(['/api/v2/search', '/api/v2/tickets/']),
  requestDelayMs: usuallyZero(400),
  rateLimitNext: fc.integer({ min: 0, max: 2 }),
  retryAfterSeconds: fc.integer({ min: 0, max: 1 }),
  macrosPageSize: fc.integer({ min: 1, max: 100 }),
  missingMacros: fc.subarray(SLUGS),
  initialEventsDelayMs: fc.integer({ min: 0, max: 400 }),
});

export function faultScenarios(
  count: number,
  sampleIds: readonly number[],
  neverAnswered: number,
  seed = FAULT_SWEEP_SEED,
): FaultScenario[] {
  const scenario: fc.Arbitrary<FaultScenario> = fc.record({
    ticket: fc.oneof(
      { arbitrary: fc.constantFrom(...sampleIds), weight: 8 },
      { arbitrary: fc.constantFrom(...HOSTILE_TICKETS), weight: 2 },
    ),
    faults,
    settings: fc.oneof(
      { arbitrary: fc.constant({}), weight: 4 },
      { arbitrary: fc.constantFrom(...BROKEN_SETTINGS), weight: 1 },
    ),
    action: fc.constantFrom<AgentAction>('none', 'insert', 'insert', 'edit', 'save', 'reply'),
  });
  const scenarios = fc.sample(scenario, { seed, numRuns: count });
  // A handshake never answered costs the app's whole 10 s timeout: only a few of those.
  const step = Math.max(1, Math.floor(count / Math.max(1, neverAnswered)));
  for (let i = 0, placed = 0; i < scenarios.length && placed < neverAnswered; i += step, placed++) {
    const chosen = scenarios[i];
    if (chosen) chosen.faults = { ...chosen.faults, handshake: 'never' };
  }
  return scenarios;
}
