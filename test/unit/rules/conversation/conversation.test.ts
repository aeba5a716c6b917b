// The conversation in the engine (issue 12): later customer messages can raise severity or change
// the subject, agents' public replies count for the first response and for macro rules, and each
// reason names the comment that decided.
import { assess } from '../../../../src/rules/assess';
import { DEFAULT_CONFIG } from '../../../../src/rules/defaultConfig';
import { fromApiTicket } from '../../../../src/rules/normalize/index';
import { DEFAULT_RULEBOOK } from '../../../../src/rules/rulebook/defaultRulebook';
import type { Assessment, EngineConfig } from '../../../../src/rules/types';
import { apiTicket, NOW, PINNED_CONFIG, type TicketSpec } from '../engine/build';

const CUSTOMER = 1;
const AGENT = 2;
const users = [
  { id: CUSTOMER, role: 'end-user' },
  { id: AGENT, role: 'agent' },
];

interface Message {
  by: 'customer' | 'agent';
  body: string;
  at: string;
  internal?: boolean;
}

function withConversation(spec: TicketSpec, messages: Message[], config: EngineConfig = PINNED_CONFIG): Assessment {
  const json = apiTicket(spec);
  const created = String(json.created_at);
  const comments = [
    { id: 100, author_id: CUSTOMER, public: true, body: String(json.description), created_at: created },
    ...messages.map((m, i) => ({ id: 101 + i, author_id: m.by === 'customer' ? CUSTOMER : AGENT, public: !m.internal, body: m.body, created_at: m.at })),
  ];
  return assess(fromApiTicket({ ...json, requester_id: CUSTOMER, comments, users }), DEFAULT_RULEBOOK, config, NOW);
}

const severityReasons = (a: Assessment) => a.reasons.filter((r) => r.field === 'severity');

describe('severity is re-assessed on the customer later messages', () => {
  const bug: TicketSpec = { type: 'bug_report', subject: 'Search results are wrong', description: 'Some results are missing from search for a few users.' };

  it('starts from the first message alone', () => {
    expect(withConversation(bug, []).severity).toBe(2);
  });

  it('"now it is down for all users" raises Sev2 to Sev0, and the reason names the message', () => {
    const a = withConversation(bug, [{ by: 'customer', body: 'Update: now it is down for all users.', at: '2026-11-25T10:40:00Z' }]);
    expect(a.severity).toBe(0);
    expect(a.priority).toBe('urgent');
    const raise = severityReasons(a).at(-1)!;
    expect(raise.ruleId).toBe('severity.sev0.outage');
    expect(raise.text).toMatch(/^The customer's message of 2026-11-25 10:40 UTC raises the severity from Sev2 to Sev0\./);
    expect(raise.evidence).toContain(`the customer's message of 2026-11-25 10:40 UTC: "down for all users"`);
  });

  it('"now everyone is affected" raises Sev2 to Sev1', () => {
    const a = withConversation(bug, [{ by: 'customer', body: 'It got worse, now everyone is affected.', at: '2026-11-25T11:00:00Z' }]);
    expect(a.severity).toBe(1);
    expect(a.firstResponseTarget).toBe('4 business hours');
  });

  it('"the workaround stopped working" raises one level', () => {
    const withWorkaround: TicketSpec = { type: 'bug_report', subject: 'Search is slow', description: 'Search is slow; restarting the pod is a workaround.' };
    expect(withConversation(withWorkaround, []).severity).toBe(2);
    const a = withConversation(withWorkaround, [{ by: 'customer', body: 'Bad news: the workaround stopped working this morning.', at: '2026-11-25T12:00:00Z' }]);
    expect(a.severity).toBe(1);
    expect(severityReasons(a).at(-1)).toMatchObject({ ruleId: 'severity.workaround-lost', evidence: [`the customer's message of 2026-11-25 12:00 UTC: "workaround stopped working"`] });
  });

  it('pressure never raises it', () => {
    const a = withConversation(bug, [{ by: 'customer', body: 'URGENT!!! We need this fixed ASAP, our CEO is furious. Escalate now!', at: '2026-11-25T12:00:00Z' }]);
    expect(a.severity).toBe(2);
    expect(severityReasons(a)).toHaveLength(1);
  });

  it('impact never shrinks: a calmer later message leaves a Sev0 as it is', () => {
    const outage: TicketSpec = { type: 'incident', subject: 'Down', description: 'The instance is down for everyone.' };
    expect(withConversation(outage, [{ by: 'customer', body: 'Only a few users are affected now, it is slow.', at: '2026-11-25T12:00:00Z' }]).severity).toBe(0);
  });

  it('agents and internal notes do not raise it: only the customer speaks for the impact', () => {
    const a = withConversation(bug, [
      { by: 'agent', body: 'If it were down for all users we would page.', at: '2026-11-25T10:00:00Z', internal: true },
      { by: 'agent', body: 'Is it down for all users?', at: '2026-11-25T10:05:00Z' },
    ]);
    expect(a.severity).toBe(2);
  });
});

describe('the request type comes from the first message', () => {
  const config = DEFAULT_CONFIG;

  it('a follow-up on the same request changes nothing', () => {
    const spec: TicketSpec = { subject: 'How do I search only the main branch?', description: 'How do I search only in the main branch of a repo?' };
    const first = withConversation(spec, [], config);
    expect(first.requestType).toBe('how_to');
    const a = withConversation(spec, [{ by: 'customer', body: 'Thanks! How do I also exclude forks?', at: '2026-11-25T12:00:00Z' }], config);
    expect(a.requestType).toBe('how_to');
  });

  it('a later message that reports the instance down for everyone changes the subject to an incident', () => {
    const spec: TicketSpec = { subject: 'How do I search only the main branch?', description: 'How do I search only in the main branch of a repo?' };
    const a = withConversation(spec, [{ by: 'customer', body: 'Forget that for now: the instance is down for everyone, nobody can log in, total outage.', at: '2026-11-25T13:15:00Z' }], config);
    expect(a.requestType).toBe('incident');
    const reasons = a.reasons.filter((r) => r.field === 'requestType');
    expect(reasons.map((r) => r.ruleId)).toEqual(['classify.text', 'classify.later-message']);
    expect(reasons[1]!.text).toMatch(/^The customer's message of 2026-11-25 13:15 UTC changes the subject of the request/);
    expect(a.severity).toBe(0);
  });

  it('a type set by a person (the request-type field) is never changed by a message', () => {
    const spec: TicketSpec = { type: 'how_to', subject: 'How do I?', description: 'How do I search?' };
    const a = withConversation(spec, [{ by: 'customer', body: 'The instance is down for everyone, total outage.', at: '2026-11-25T13:15:00Z' }]);
    expect(a.requestType).toBe('how_to');
  });
});

describe("agents' public replies", () => {
  const tracked: TicketSpec = {
    type: 'bug_report',
    subject: 'Diff view crashes',
    description: 'The diff view crashes on large files. We use a workaround for now. Tracked in https://github.com/acme/app/issues/12',
  };

  it('a workaround already given by an agent is not suggested again', () => {
    expect(withConversation(tracked, []).macros).toContain('workaround-and-tracking-link');
    const a = withConversation(tracked, [{ by: 'agent', body: 'As a workaround, open the file in raw view.', at: '2026-11-25T10:00:00Z' }]);
    expect(a.macros).not.toContain('workaround-and-tracking-link');
  });

  it('an internal note about a workaround does not count as given', () => {
    const a = withConversation(tracked, [{ by: 'agent', body: 'Workaround: raw view.', at: '2026-11-25T10:00:00Z', internal: true }]);
    expect(a.macros).toContain('workaround-and-tracking-link');
  });

  it('the first public agent reply sets firstResponseAt and the state', () => {
    const a = withConversation(tracked, [
      { by: 'agent', body: 'Internal: looking', at: '2026-11-25T09:30:00Z', internal: true },
      { by: 'agent', body: 'We reproduced it; next we will…', at: '2026-11-25T10:00:00Z' },
    ]);
    expect(a).toMatchObject({ firstResponseAt: '2026-11-25T10:00:00Z', firstResponseState: 'met' });
    expect(a.firstResponseDue).not.toBeNull();
  });
});
