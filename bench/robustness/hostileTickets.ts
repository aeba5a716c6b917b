// Generators of bad input for the engine: random types, nulls, empty and huge strings, unicode,
// HTML, and plausible ticket shapes with the wrong thing in every slot. fast-check supplies the
// randomness; a fixed seed makes every run see the same tickets.
import fc from 'fast-check';

const HTML = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<b>bold</b><br/>&amp;&lt;&gt;&#x27;&nbsp;',
  '<!-- comment --><div><p>nested <a href="javascript:alert(1)">link</a></p></div>',
  '</textarea></title><svg onload=alert(1)>',
];
const UNICODE = [
  '😀🔥👍🏽',
  '\u202Eevil\u202C',
  '\u200B\u200D\uFEFF',
  'Ünïcödé ß straße',
  '日本語のテキスト',
  'мой сервер упал',
  '\uD800 lone surrogate',
  'e\u0301\u0301\u0301',
];
// Words the rulebook listens for, so random tickets walk real rule paths, not only the fallbacks.
const POLICY_WORDS = [
  'production is down',
  'nobody can log in',
  'cannot log in',
  'not down',
  'license key expired',
  'security vulnerability CVE-2026-1234',
  'helm chart upgrade failed',
  'docker compose',
  'version 5.3.1',
  'v4.2',
  'Kubernetes 1.27',
  'ASAP!!!',
  'THIS IS UNACCEPTABLE',
  'feature request: dark mode',
  'how do I configure SSO',
  'custom script',
  'our customization broke',
  'beta feature',
  'invoice',
  'trial',
  'escalate',
  '> quoted history\n> more',
  '-- \nSignature',
  'Traceback (most recent call last):\n  File "x.py", line 1',
];

const hugeText = fc
  .tuple(
    fc.constantFrom(...POLICY_WORDS, ...HTML, ...UNICODE),
    fc.integer({ min: 5_000, max: 120_000 }),
  )
  .map(([piece, times]) => `${piece} `.repeat(Math.ceil(times / (piece.length + 1))));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constant(''), weight: 3 },
  { arbitrary: fc.string({ maxLength: 120 }), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 120 }), weight: 3 },
  { arbitrary: fc.constantFrom(...HTML), weight: 2 },
  { arbitrary: fc.constantFrom(...UNICODE), weight: 2 },
  {
    arbitrary: fc
      .array(fc.constantFrom(...POLICY_WORDS, ...HTML, ...UNICODE, ' ', '\n', '!!!', '.'), {
        maxLength: 30,
      })
      .map((parts) => parts.join(' ')),
    weight: 8,
  },
  { arbitrary: hugeText, weight: 1 },
);

export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 4 },
  {
    arbitrary: fc.constantFrom(
      null,
      undefined,
      true,
      false,
      0,
      -1,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      1e308,
    ),
    weight: 3,
  },
  { arbitrary: fc.integer(), weight: 1 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.array(hostileString, { maxLength: 8 }), weight: 2 },
  { arbitrary: fc.anything({ maxDepth: 2 }), weight: 2 },
);

const orAnything = <T>(plausible: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: plausible, weight: 3 }, { arbitrary: anyValue, weight: 1 });
const priority = fc.constantFrom('low', 'normal', 'high', 'urgent', 'URGENT', '', 'p1', null);
const tags = fc.array(
  fc.oneof(
    fc.constantFrom('enterprise', 'beta', 'security', 'managed', 'presales', 'vip', ''),
    hostileString,
  ),
  { maxLength: 10 },
);
const plan = fc.constantFrom(
  'enterprise',
  'premium',
  'trial',
  'standard',
  'Enterprise ',
  '',
  'gold',
  null,
);
const deployment = fc.constantFrom(
  'cloud',
  'helm',
  'kubernetes',
  'docker-compose',
  'single container',
  'ami',
  'other',
  '',
  null,
);
const timestamp = fc.oneof(
  fc.date().map((date) => (Number.isNaN(date.getTime()) ? 'not a date' : date.toISOString())),
  fc.constantFrom('', 'yesterday', '2026-13-45T99:00:00Z'),
);
const organization = fc.record(
  {
    id: orAnything(fc.integer({ min: 1, max: 1e9 })),
    name: orAnything(hostileString),
    tags: orAnything(tags),
    organization_fields: orAnything(
      fc.record(
        {
          support_plan: orAnything(plan),
          deployment: orAnything(deployment),
          customer_engineer: orAnything(hostileString),
        },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: [] },
);

/** A REST comment with anything in any slot, and policy words in its body. */
const comment = fc.record(
  {
    id: orAnything(fc.integer({ min: 1, max: 1e9 })),
    author_id: orAnything(fc.constantFrom(1, 2, 3)),
    public: orAnything(fc.boolean()),
    body: orAnything(hostileString),
    created_at: orAnything(timestamp),
    via: orAnything(fc.record({ channel: orAnything(fc.constantFrom('email', 'web', 'rule', 'system')) })),
  },
  { requiredKeys: [] },
);

/** A REST API ticket (`GET /api/v2/tickets/{id}` shape) with anything in any slot. */
export const hostileApiTicket: fc.Arbitrary<unknown> = fc.oneof(
  {
    arbitrary: fc.record(
      {
        id: orAnything(fc.integer({ min: 1, max: 1e9 })),
        subject: orAnything(hostileString),
        description: orAnything(hostileString),
        priority: orAnything(priority),
        status: orAnything(fc.constantFrom('new', 'open', 'pending', 'solved', 'closed', 'hold')),
        type: orAnything(fc.constantFrom('question', 'incident', 'problem', 'task')),
        tags: orAnything(tags),
        via: orAnything(
          fc.record({ channel: orAnything(fc.constantFrom('email', 'web', 'api', 'chat')) }),
        ),
        created_at: orAnything(timestamp),
        updated_at: orAnything(timestamp),
        recipient: orAnything(hostileString),
        requester: orAnything(
          fc.record(
            {
              email: orAnything(hostileString),
              role: orAnything(fc.constantFrom('end-user', 'agent', 'admin')),
            },
            { requiredKeys: [] },
          ),
        ),
        organization: orAnything(organization),
        custom_fields: orAnything(
          fc.array(fc.record({ id: anyValue, value: anyValue }), { maxLength: 5 }),
        ),
        requester_id: orAnything(fc.constantFrom(1, 2)),
        // The conversation as an export carries it: REST comments and the authors' roles.
        comments: orAnything(fc.array(comment, { maxLength: 4 })),
        users: orAnything(
          fc.array(
            fc.record({ id: orAnything(fc.constantFrom(1, 2, 3)), role: orAnything(fc.constantFrom('end-user', 'agent', 'admin')) }, { requiredKeys: [] }),
            { maxLength: 3 },
          ),
        ),
      },
      { requiredKeys: [] },
    ),
    weight: 9,
  },
  { arbitrary: anyValue, weight: 1 },
);

/** A batched sidebar `client.get` result, with per-path errors and anything in any slot. */
export const hostileSidebarData: fc.Arbitrary<unknown> = fc.oneof(
  {
    arbitrary: fc.record(
      {
        'ticket.id': orAnything(fc.integer({ min: 1, max: 1e9 })),
        'ticket.subject': orAnything(hostileString),
        'ticket.description': orAnything(hostileString),
        'ticket.priority': orAnything(priority),
        'ticket.status': anyValue,
        'ticket.type': anyValue,
        'ticket.tags': orAnything(tags),
        'ticket.via': anyValue,
        'ticket.createdAt': orAnything(timestamp),
        'ticket.requester': orAnything(
          fc.record({ email: anyValue, role: anyValue }, { requiredKeys: [] }),
        ),
        'ticket.organization': orAnything(
          fc.record(
            {
              name: anyValue,
              tags: orAnything(tags),
              organizationFields: orAnything(
                fc.record(
                  { support_plan: orAnything(plan), deployment: orAnything(deployment) },
                  { requiredKeys: [] },
                ),
              ),
            },
            { requiredKeys: [] },
          ),
        ),
        'ticket.customField:custom_field_1': anyValue,
        'ticket.comments': orAnything(
          fc.array(
            fc.record({ id: anyValue, value: orAnything(hostileString), author: orAnything(fc.record({ id: anyValue, role: anyValue }, { requiredKeys: [] })) }, { requiredKeys: [] }),
            { maxLength: 3 },
          ),
        ),
        errors: orAnything(
          fc.dictionary(
            fc.constantFrom('ticket.subject', 'ticket.organization', 'ticket.tags'),
            fc.record({ message: anyValue }),
          ),
        ),
      },
      { requiredKeys: [] },
    ),
    weight: 9,
  },
  { arbitrary: anyValue, weight: 1 },
);

/** Overrides for an otherwise valid Ticket: what a careless caller might hand assess() directly. */
export const hostileTicketPatch: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(
  fc.constantFrom(
    'id',
    'subject',
    'description',
    'priority',
    'hasPriorityField',
    'status',
    'type',
    'tags',
    'channel',
    'createdAt',
    'requester',
    'organization',
    'customFields',
    'comments',
    'warnings',
  ),
  anyValue,
  { maxKeys: 4 },
);

export const hostileNow: fc.Arbitrary<Date> = fc.oneof(
  { arbitrary: fc.constant(new Date('2026-11-26T12:00:00Z')), weight: 8 },
  { arbitrary: fc.date(), weight: 1 },
  { arbitrary: fc.constant(new Date(Number.NaN)), weight: 1 },
);
