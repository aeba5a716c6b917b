// No pressure phrase changes what a ticket is or how severe it is (support-policy §5): every
// sample, with each phrase in several places, assesses exactly as without it, except that the
// severity-pressure flag may appear (and with it the macro that explains priority).
import { describe, expect, it } from 'vitest';
import { assess, DEFAULT_CONFIG, DEFAULT_RULEBOOK, fromApiTicket } from '../../../../src/rules/index';
import type { Assessment } from '../../../../src/rules/types';
import { readJsonLines } from '../../../fixtures/readJsonLines';

export const PRESSURE_PHRASES: readonly string[] = [
  'ASAP', 'This is blocking us.', 'The whole company is waiting.', "We'll escalate to your CEO.", 'Deadline Friday.', 'Unacceptable.', '!!!',
  'URGENT', 'Please escalate immediately.', 'This is critical for us.', 'We need this fixed today.', 'Our VP asks for an update every hour.',
  'Top priority!', 'Highest priority please.', 'We are extremely frustrated.', 'This is the third time we ask.', 'Respond as soon as possible.',
  'Our CTO is furious.', 'We pay a lot for support.', 'We will cancel our contract if this is not fixed.', 'Need an answer by end of day.',
  'EOD please.', 'Hard deadline is tomorrow.', 'Our release is on hold because of this.', 'Please treat this as an emergency.',
  'This is costing us money every minute.', 'Management is breathing down our neck.', 'I am losing my patience.', 'Why is nobody answering?',
  'Fix this NOW!', 'Drop everything and look at this.', 'We expected better from you.', 'Call me immediately.', 'Time is running out.',
];

const PLACES = ['subject', 'description start', 'description middle', 'description end'] as const;
const now = new Date('2026-11-26T12:00:00Z');
const samples = readJsonLines<Record<string, unknown> & { id: number; subject: string; description: string }>('samples/tickets.jsonl');

function withPhrase(sample: (typeof samples)[number], phrase: string, place: (typeof PLACES)[number]) {
  const description = sample.description;
  const firstStop = description.search(/[.?!]\s/);
  switch (place) {
    case 'subject':
      return { ...sample, subject: `${sample.subject} ${phrase}` };
    case 'description start':
      return { ...sample, description: `${phrase} ${description}` };
    case 'description middle':
      return firstStop === -1
        ? { ...sample, description: `${description} ${phrase}` }
        : { ...sample, description: `${description.slice(0, firstStop + 1)} ${phrase} ${description.slice(firstStop + 2)}` };
    case 'description end':
      return { ...sample, description: `${description}\n${phrase}` };
  }
}

/** What pressure must not change: everything but the pressure flag and the macro it brings. */
function decision(a: Assessment) {
  return {
    requestType: a.requestType,
    owner: a.owner,
    severity: a.severity,
    priority: a.priority,
    firstResponseTarget: a.firstResponseTarget,
    bestEffort: a.bestEffort,
    flags: a.flags.filter((f) => f !== 'severity-pressure'),
    macros: a.macros.filter((m) => m !== 'priority-explained'),
  };
}

const run = (raw: Record<string, unknown>) => assess(fromApiTicket(raw), DEFAULT_RULEBOOK, DEFAULT_CONFIG, now);

describe('pressure phrases', () => {
  it('are at least 30', () => {
    expect(PRESSURE_PHRASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(PRESSURE_PHRASES.map((p) => [p]))('%s changes nothing but the pressure flag, in any sample, anywhere', (phrase) => {
    const changed: string[] = [];
    for (const sample of samples) {
      const plain = decision(run(sample));
      for (const place of PLACES) {
        const pressed = decision(run(withPhrase(sample, phrase, place)));
        if (JSON.stringify(pressed) !== JSON.stringify(plain)) changed.push(`${sample.id} (${place}): ${JSON.stringify(plain)} → ${JSON.stringify(pressed)}`);
      }
    }
    expect(changed).toEqual([]);
  });
});

describe('neutral time words', () => {
  it.each(['right now', 'today', 'currently', 'at the moment'])('"%s" is not pressure', (words) => {
    const a = run({ id: 1, subject: 'Search results empty', description: `Search returns no results for our monorepo ${words}. How can we debug this?`, priority: null });
    expect(a.flags).not.toContain('severity-pressure');
  });

  it('a real demand still is', () => {
    const a = run({ id: 1, subject: 'Search results empty', description: 'Search returns no results for our monorepo. We need this fixed ASAP.', priority: null });
    expect(a.flags).toContain('severity-pressure');
  });
});
